using System.Globalization;
using System.Text;

namespace Lifecycle.Domain.Tests.Framework;

/// <summary>Writes docs/domain/lifecycle.md from the catalogue, so the document cannot drift from the code.</summary>
internal static class FrameworkDocument
{
    public static string Render()
    {
        var md = new StringBuilder();
        md.AppendLine("# The lifecycle framework").AppendLine()
          .AppendLine("Generated from `src/Lifecycle.Domain/Framework/Catalogue` by the test `FrameworkDocumentTests`.")
          .AppendLine("Do not edit by hand: change the catalogue, then run the tests with `LIFECYCLE_UPDATE_DOCS=1` to rewrite this file.").AppendLine()
          .AppendLine(CultureInfo.InvariantCulture, $"Framework version: `{LifecycleFramework.Version}`").AppendLine()
          .AppendLine("Gate: a project leaves a stage only when every *required* item that applies to it is done, or marked not applicable with a reason where that is allowed, and the stage's own rules hold. Each rule is a named class in `src/Lifecycle.Domain/Projects/Rules`, shown here in brackets; the refusal lists every broken rule.").AppendLine()
          .AppendLine("- every stage: the project is not on hold or stopped (`ProjectMustNotBeOnHoldRule`, `ProjectMustNotBeStoppedRule`); each required item of the stage is resolved (`ChecklistItemMustBeResolvedRule`), and so is each required item of an earlier stage that has come to apply since that stage was passed (`EarlierItemMustBeResolvedRule`). Items marked *ongoing* are duties while the tool is in use and do not hold the gate;")
          .AppendLine("- stage 2: the data maturity self-assessment is complete and not low (`MaturityMustBeAssessedRule`, `MaturityMustNotBeLowRule`);")
          .AppendLine("- stage 3: an analytics type the maturity permits is chosen (`AnalyticsTypeMustBeChosenRule`, `AnalyticsTypeMustBePermittedByMaturityRule`); at least one dataset still in use has its quality assessed (`DatasetQualityMustBeAssessedRule`); no dataset rated poor is still used without a plan for its gaps (`PoorQualityDataMustBeAddressedRule`);")
          .AppendLine("- stage 4 (end of Explore): the triage is complete and not \"do not proceed\" (`TriageMustBeCompleteRule`, `TriageMustNotSayDoNotProceedRule`); workbook questions 1 to 5 are answered (`WorkbookQuestionsMustBeAnsweredRule`); a senior leader's approval matches the current business case, analytics type, third party, triage risk level and red-line answers, and was submitted after the latest triage (`ApprovalMustMatchRule`); the DPIA is under way or not required with a reason (`DpiaMustBeStartedRule`); the oversight group has members (`OversightGroupMustHaveMembersRule`), one of them independent when the tool is high risk or novel (predictive, or identifying individual children or families) or in-house analytical skill is low (`IndependentOversightMemberNeededRule`);")
          .AppendLine("- stage 5: success criteria are recorded (`SuccessCriteriaMustBeRecordedRule`), and accuracy thresholds are set when the tool is predictive (`AccuracyThresholdsMustBeSetRule`);")
          .AppendLine("- stage 6: the development safeguards are recorded (`PartsMustBeFilledRule`: privacy and security, how outputs are explained, how they can be challenged, the feedback process);")
          .AppendLine("- stage 7: an alpha and a beta test run are recorded (`TestRunMustBeRecordedRule`), the latest meets every accuracy threshold overall and for every group, each group judged against the minimums and against the largest gap below overall (`LatestRunMustMeetThresholdsRule`, predictive tools), an expert outside the team has validated the tool (`ExternalValidationMustBeRecordedRule`) and the latest validation does not say \"does not support going live\" (`ValidationMustSupportGoingLiveRule`);")
          .AppendLine("- stage 8 (end of Develop, go-live): workbook questions 1 to 11 are answered (`WorkbookQuestionsMustBeAnsweredRule`); the deployment plan is complete (`PartsMustBeFilledRule`), with an independent evaluator when the tool needs independent scrutiny (`IndependentEvaluatorNeededRule`); the transparency record is confirmed complete (`TransparencyRecordMustBeConfirmedRule`); every condition the external validator set is met (`ValidationConditionsMustBeMetRule`); the DPIA is complete or not required, and saved since the latest change of scope (`DpiaMustBeCompleteRule`); a high-risk tool has its equality and children's rights impact assessments under way (`HighRiskAssessmentsMustBeRecordedRule`); a senior leader's go-live approval matches the plan, public communication, thresholds, latest test run, validation, open high risks, triage, impact assessments, transparency confirmation and text, analytics type, oversight group, open challenges and datasets as they are now (`ApprovalMustMatchRule`);")
          .AppendLine("- stage 9: a senior leader has approved retiring the tool, with reasons (`ApprovalMustMatchRule`). The first monitoring review needs workbook questions 12 to 15 answered;")
          .AppendLine("- stage 10: the date the transparency record was archived is recorded (`TransparencyRecordMustBeArchivedRule`) and the Implement workbook answers have been updated or confirmed since retirement was approved (`ImplementAnswersMustBeReviewedRule`). Completing stage 10 retires the project.").AppendLine()
          .AppendLine("A project that is on hold, stopped or retired cannot move on. A project manager may return a project from Testing to Development with a reason, keeping every record.").AppendLine()
          .AppendLine("Gates hold over time. Every later gate checks again the rules (not the ticked items) of each gate the project has passed, and a broken one names its stage (`EarlierGateMustStillHoldRule`); after go-live the go-live approval itself is not checked again, since what it covered keeps moving. A live tool (stage 9) whose passed gate no longer holds *needs attention*: a monitoring review cannot conclude \"continue\" until it is put right or a senior leader who is neither the project manager nor a data practitioner decides, with a reason, to keep it in use (`LiveToolMustNotNeedAttentionRule`). Retirement is never held back by an earlier rule: retiring is how such a tool is put right.").AppendLine();

        foreach (var phase in Enum.GetValues<Phase>())
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {phase}").AppendLine();
            foreach (var stage in LifecycleFramework.Stages.Where(s => s.Phase == phase))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"### {stage.NumberedTitle}").AppendLine().AppendLine(stage.Purpose).AppendLine()
                  .AppendLine("| code | item | required | may be not applicable | applies to | guidance |")
                  .AppendLine("|---|---|---|---|---|---|");
                foreach (var item in stage.Items)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {item.Code} | {item.Title} | {(item.Ongoing ? "ongoing" : item.Mandatory ? "yes" : "no")} | {(item.NotApplicableAllowed ? "yes" : "no")} | {AppliesTo(item.AppliesWhen)} | {item.Hint} |");
                }

                md.AppendLine();
            }
        }

        md.AppendLine("## Ethics workbook").AppendLine()
          .AppendLine("These questions are Lifecycle's own, arranged by the guidance's three phases; they are not the Department for Education's ethics workbook. Questions 1 to 5 must be answered before leaving stage 4, 1 to 11 before go-live, and 12 to 15 before the first monitoring review and again (updated or confirmed) before a retirement completes; every saved answer is kept as a version.").AppendLine()
          .AppendLine("| question | phase | text | prompt |")
          .AppendLine("|---|---|---|---|");
        foreach (var question in LifecycleFramework.WorkbookQuestions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {question.Number} | {question.Phase} | {question.Text} | {question.Hint} |");
        }

        return md.ToString();
    }

    private static string AppliesTo(Applicability applicability) => applicability switch
    {
        Applicability.Always => "every project",
        Applicability.PredictiveOnly => "predictive tools",
        Applicability.ThirdPartyOnly => "third party involved",
        Applicability.HighRiskOnly => "high-risk tools",
        Applicability.IndependentScrutinyOnly => "high-risk or novel tools (predictive, or identifying individuals), or low in-house analytical skill",
    };
}
