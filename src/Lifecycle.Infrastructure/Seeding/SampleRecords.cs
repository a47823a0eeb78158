using Lifecycle.Domain.Capability;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.Risks;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Solution;
using Lifecycle.Domain.Triage;

namespace Lifecycle.Infrastructure.Seeding;

/// <summary>
/// Fills a predictive project with a realistic Explore phase, through the domain as a team would:
/// every stage 1–4 record, then into Design with its success criteria, thresholds and part of its checklist done. Used by the demo,
/// by export tests and by the pack benchmark, so all three see the same fully filled project.
/// </summary>
public static class SampleRecords
{
    /// <param name="start">When the first record is made; each later one is <paramref name="step"/> after the one before.</param>
    /// <param name="untilStage">Stops as soon as the project reaches this stage (the scale seeder spreads projects across stages).</param>
    public static void FillThroughExplore(Project project, SampleCast cast, DateTime start, TimeSpan step, int untilStage = Project.MonitoringStage)
    {
        var at = start;
        DateTime Next() => at += step;

        for (var stage = 1; stage <= 4; stage++)
        {
            if (project.CurrentStage.Number >= untilStage)
            {
                return;
            }

            switch (stage)
            {
                case 2:
                    project.RecordMaturityAssessment(
                        Enum.GetValues<MaturityComponent>().Select((c, i) => new ComponentScore(c, 4 + (i % 2), "Agreed at the data maturity workshop with the performance team.")).ToList(),
                        cast.Practitioner, Next());
                    break;
                case 3:
                    ChooseSolutionAndData(project, cast, Next);
                    break;
                case 4:
                    RecordEthics(project, cast, Next);
                    break;
            }

            ResolveChecklist(project, cast, Next, everyItem: true);
            project.AdvanceStage(cast.Manager, Next());
        }

        project.RecordSuccessCriteria(new Domain.Testing.SuccessCriteria(
            "Locality leads plan family hub capacity a quarter ahead instead of reacting to waiting lists.",
            "Share of quarters where staffed capacity is within 10% of demand, from the hub rotas and the case system.",
            "4 of the last 8 quarters."), cast.Practitioner, Next());
        if (project.IsPredictive)
        {
            project.SetAccuracyThresholds(new Domain.Testing.AccuracyThresholds(0.7, 0.75, 0.8, 0.1, 20), null, cast.Practitioner, Next());
        }

        ResolveChecklist(project, cast, Next, everyItem: false);
        AddRisks(project, cast, Next);
    }

    internal static void ResolveChecklist(Project project, SampleCast cast, Func<DateTime> next, bool everyItem)
    {
        var items = project.CurrentStage.ItemsApplyingTo(project.Facts).ToList();
        foreach (var item in everyItem ? items : items.Take(items.Count / 2))
        {
            if (!item.Mandatory && item.NotApplicableAllowed)
            {
                project.MarkItemNotApplicable(item.Code, $"Covered by the council-wide data strategy ({item.Code}: {item.Title.ToLowerInvariant()}), so not repeated for this tool.", cast.Manager, next());
            }
            else
            {
                project.MarkItemDone(item.Code, $"Discussed and agreed at the project board ({item.Code}).",
                    $"https://sharepoint.example.gov.uk/sites/early-help/evidence/{item.Code}", cast.Manager, next());
            }
        }
    }

    private static void ChooseSolutionAndData(Project project, SampleCast cast, Func<DateTime> next)
    {
        project.ChooseSolution(AnalyticsType.Predictive, involvesThirdParty: false, cast.Practitioner, next());
        project.AddDataset(new DatasetDetails("Early help assessments", "Head of Early Help", "Case management system",
            48_210, 3.4m, "Locality codes changed in 2022; mapped to the new localities.", true, false,
            "Age, sex, ethnicity, disability", DataQuality.Good, null), cast.Practitioner, next());
        project.AddDataset(new DatasetDetails("School attendance", "Education welfare service", "Schools census extract",
            212_000, 0.8m, null, true, false, "Age, free school meals", DataQuality.Good, "Termly, so up to four months old."), cast.Practitioner, next());
        project.AddDataset(new DatasetDetails("Housing notifications", "Housing options", "Monthly spreadsheet",
            9_300, 18.5m, "Free-text reasons vary by officer.", true, true, null, DataQuality.Poor,
            "Missing addresses for a fifth of records.",
            "Used only to test how sensitive the forecast is to housing moves; never an input to a family's forecast."), cast.Practitioner, next());
    }

    private static void RecordEthics(Project project, SampleCast cast, Func<DateTime> next)
    {
        project.CompleteTriage(new TriageAnswers(PriorUse.No, PriorUse.YesWithoutEvidence, Controversy.Yes, UserExperience.SomeExperience,
            DataQualityUnderstanding.UnderstoodButInsufficient, PersonalDataScale.FamiliesWithASocialWorker, BiasAssessment.NotAssessed,
            AffectedGroups.ChildrenAndFamiliesInTheArea | AffectedGroups.CareExperiencedChildrenAndFamilies, false, false, false),
            cast.Practitioner, next());
        foreach (var question in Domain.Framework.LifecycleFramework.WorkbookQuestions.Where(q => q.Phase == Domain.Framework.Phase.Explore))
        {
            project.AnswerWorkbookQuestion(question.Number,
                $"Our answer to question {question.Number}, agreed with the family hub leads and the data protection officer.", cast.Practitioner, next());
        }

        var dpiaSaved = next();
        project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, new(null, ImpactAssessmentStatus.Complete, null,
            "Data protection officer", "DPIA-2026-014", DateOnly.FromDateTime(dpiaSaved), DateOnly.FromDateTime(dpiaSaved).AddYears(1)), cast.Manager, dpiaSaved);
        project.SaveImpactAssessment(null, ImpactAssessmentKind.Equality, new(null, ImpactAssessmentStatus.InProgress, null,
            "Equalities lead", null, null, null), cast.Manager, next());
        project.SaveImpactAssessment(null, ImpactAssessmentKind.ChildrensRights, new(null, ImpactAssessmentStatus.InProgress, null,
            "Participation team", null, null, null), cast.Manager, next());
        project.AddOversightMember("Dr Amara Okafor", "University of the Midlands", "Applied ethics", Independence.Independent, cast.Manager, next());
        project.AddOversightMember("Tom Reyes", "Council", "Information governance", Independence.Internal, cast.Manager, next());
        var meetingRecorded = next();
        project.RecordOversightMeeting(DateOnly.FromDateTime(meetingRecorded), "Dr Amara Okafor, Tom Reyes, the project manager",
            "Asked for the housing data to be dropped unless its gaps can be explained. Agreed quarterly meetings.", cast.Manager, meetingRecorded);

        project.SaveBusinessCase(new BusinessCaseDetails(
            "Early help referrals rose by a third in two years and localities cannot plan capacity.",
            "Families get help earlier; hub staff spend less time on spreadsheets.",
            "Families feel labelled or watched; thresholds drift upwards.",
            "No automated decisions about individual families.",
            "Locality leads see likely demand a quarter ahead.",
            18_000m, 4_500m, 2_000m, 3_000m, 1_200m,
            "Two councils report better planning from similar dashboards."), cast.Manager, next());
        project.SubmitForSignOff(SignOffKind.BusinessCase, cast.Manager, next());
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, "Approved, subject to the oversight group's view on housing data.", cast.Leader, next());
    }

    private static void AddRisks(Project project, SampleCast cast, Func<DateTime> next)
    {
        project.AddRisk(new RiskDetails("Bias against minority families", "Predictions may reflect past referral patterns.", "Fairness",
            3, 4, "Data practitioner", "Test accuracy by group before go-live.", RiskStatus.Open, new DateOnly(2026, 6, 1)), cast.Manager, next());
        project.AddRisk(new RiskDetails("Staff over-rely on the score", null, "Use", 3, 3, "Head of Early Help",
            "Training, and the score never shown without its reasons.", RiskStatus.Open, new DateOnly(2099, 1, 1)), cast.Manager, next());
        project.AddRisk(new RiskDetails("Housing data gaps", null, "Data", 4, 2, null, null, RiskStatus.Closed, null), cast.Manager, next());
    }
}
