using System.Text;
using Lifecycle.Domain.Framework;

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
          .AppendLine($"Framework version: `{LifecycleFramework.Version}`").AppendLine()
          .AppendLine("Gate: a project leaves a stage only when every *required* item that applies to it is done, or marked not applicable with a reason where that is allowed, and the stage's own rules hold:").AppendLine()
          .AppendLine("- stage 2: the data maturity self-assessment is complete and not low;")
          .AppendLine("- stage 3: an analytics type the maturity permits is chosen, and at least one dataset's quality is assessed;")
          .AppendLine("- stage 4 (Explore to Develop): the triage is complete and not \"do not proceed\"; workbook questions 1 to 5 are answered; a senior leader's approval matches the current business case; the DPIA is under way or not required with a reason; the oversight group has members, one of them independent when the tool is high risk.")
          .AppendLine("- stage 5: success criteria are recorded (what will improve, how it is measured, the baseline), and accuracy thresholds are set when the tool is predictive;")
          .AppendLine("- stage 6: the development safeguards are recorded (privacy and security, how outputs are explained, how they can be challenged, the feedback process);")
          .AppendLine("- stage 7: an alpha and a beta test run are recorded, the latest meets every accuracy threshold overall and for every group (predictive tools), and an expert outside the team has validated the tool;")
          .AppendLine("- stage 8 (go-live): workbook questions 1 to 11 are answered; the deployment plan is complete (monitoring owner, review interval, process and impact evaluation, evaluator, public communication), with an independent evaluator when the tool is high risk; the transparency record is confirmed complete; a senior leader's go-live approval matches the current evaluation plan and thresholds;")
          .AppendLine("- stage 9: a senior leader has approved retiring the tool, with reasons;")
          .AppendLine("- stage 10: the date the transparency record was archived is recorded. Completing stage 10 retires the project.").AppendLine()
          .AppendLine("A project that is on hold, stopped or retired cannot move on. A project manager may return a project from Testing to Development with a reason, keeping every record.").AppendLine();

        foreach (var phase in Enum.GetValues<Phase>())
        {
            md.AppendLine($"## {phase}").AppendLine();
            foreach (var stage in LifecycleFramework.Stages.Where(s => s.Phase == phase))
            {
                md.AppendLine($"### {stage.NumberedTitle}").AppendLine().AppendLine(stage.Purpose).AppendLine()
                  .AppendLine("| code | item | required | may be not applicable | applies to | guidance |")
                  .AppendLine("|---|---|---|---|---|---|");
                foreach (var item in stage.Items)
                {
                    md.AppendLine($"| {item.Code} | {item.Title} | {(item.Mandatory ? "yes" : "no")} | {(item.NotApplicableAllowed ? "yes" : "no")} | {AppliesTo(item.AppliesWhen)} | {item.Hint} |");
                }

                md.AppendLine();
            }
        }

        md.AppendLine("## Ethics workbook").AppendLine()
          .AppendLine("Questions 1 to 5 must be answered before leaving stage 4 and 1 to 11 before go-live; every saved answer is kept as a version.").AppendLine()
          .AppendLine("| question | phase | text | prompt |")
          .AppendLine("|---|---|---|---|");
        foreach (var question in LifecycleFramework.WorkbookQuestions)
        {
            md.AppendLine($"| {question.Number} | {question.Phase} | {question.Text} | {question.Hint} |");
        }

        return md.ToString();
    }

    private static string AppliesTo(Applicability applicability) => applicability switch
    {
        Applicability.Always => "every project",
        Applicability.PredictiveOnly => "predictive tools",
        Applicability.ThirdPartyOnly => "third party involved",
        Applicability.HighRiskOnly => "high-risk tools",
    };
}
