using Lifecycle.Domain.Development;
using Lifecycle.Domain.Engagement;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Infrastructure.Seeding;

/// <summary>
/// Takes a sample predictive project on from <see cref="SampleRecords"/> through Develop and
/// go-live to its first monitoring review, as a team would: every record of stages 5 to 8, the
/// registers, and the transparency record filled in and confirmed.
/// </summary>
public static class SampleLiveRecords
{
    /// <summary>The team's text for the transparency fields nothing else in the project fills (checked by a test).</summary>
    public static IReadOnlyDictionary<string, string?> TransparencyText { get; } = new Dictionary<string, string?>
    {
        ["id"] = "demo-early-help-forecast",
        ["task"] = "Forecast early help demand by locality a quarter ahead",
        ["region"] = "England",
        ["one_sentence_description"] = "Forecasts how many families each locality's early help hub will support next quarter.",
        ["description"] = "A forecast of early help demand by locality, used by family hub managers to plan staffing.",
        ["detailed_description"] = "The tool forecasts the number of families each locality's early help hub will support in the next quarter, from past referrals and school attendance. It never scores individual children or families.",
        ["website_url"] = "https://www.example.gov.uk/early-help-forecast",
        ["contact_email"] = "early.help.data@example.gov.uk",
        ["team"] = "Performance and intelligence team",
        ["alternatives_considered"] = "Planning from last year's figures (the status quo) and a simple moving average; both missed the rise in demand.",
        ["process_integration"] = "Forecasts are discussed at the monthly locality planning meeting, alongside the hub managers' own knowledge.",
        ["frequency_and_scale_of_usage"] = "Refreshed monthly; used by six locality hubs.",
        ["system_architecture"] = "A scheduled job in the council's analytics platform reads the case system and census extracts and publishes to an internal dashboard.",
        ["model_version-1"] = "1.2",
        ["model_output-1"] = "Expected number of families per locality next quarter, with an 80% range.",
        ["model_architecture-1"] = "Gradient-boosted regression trees with monthly retraining checks.",
        ["dataset_purposes-1"] = "Early help assessments: the outcome and past demand. School attendance: an early signal of need. Housing notifications: sensitivity testing only.",
        ["data_modality-1"] = "Tabular",
        ["source_data_url-1"] = "Not published: internal council data",
        ["data_cleaning-1"] = "Duplicates removed; locality codes mapped to the 2022 boundaries.",
        ["data_sharing_agreements-1"] = "Covered by the council's internal information sharing protocol.",
        ["data_modality-2"] = "Tabular",
        ["source_data_url-2"] = "Not published: internal council data",
        ["data_cleaning-2"] = "Duplicates removed; locality codes mapped to the 2022 boundaries.",
        ["data_sharing_agreements-2"] = "Covered by the council's internal information sharing protocol.",
        ["data_modality-3"] = "Tabular",
        ["source_data_url-3"] = "Not published: internal council data",
        ["data_cleaning-3"] = "Duplicates removed; locality codes mapped to the 2022 boundaries.",
        ["data_sharing_agreements-3"] = "Covered by the council's internal information sharing protocol.",
    };

    /// <param name="untilStage">Stops as soon as the project reaches this stage; at stage 9 it stops after the first review.</param>
    public static void FillToFirstReview(Project project, SampleCast cast, string organisationName, DateTime start, TimeSpan step, int untilStage = Project.MonitoringStage)
    {
        SampleRecords.FillThroughExplore(project, cast, start, step, untilStage);
        var at = start + (step * 400);
        DateTime Next() => at += step;
        // One step per stage from Design on: each makes the stage's records and moves the project on.
        Action[] steps =
        [
            () => Finish(project, cast, Next),
            () =>
            {
                project.RecordDevelopmentSafeguards(new DevelopmentSafeguards(
                    "Only locality leads and the performance team can see forecasts; data stays in the council's analytics platform, encrypted at rest and in transit; no names leave the case system.",
                    "Each forecast shows the three factors that moved it most and how sure it is.",
                    "Locality leads can flag a forecast they disagree with; the data practitioner replies within five working days and the oversight group sees every flag.",
                    "A feedback form on the dashboard, reviewed weekly by the data practitioner; themes go to the monthly project board."), cast.Practitioner, Next());
                Finish(project, cast, Next);
            },
            () =>
            {
                GroupCounts[] alpha = [new("Under 5s", 120, 30, 300, 25), new("5 to 11", 150, 35, 360, 30), new("12 to 17", 130, 40, 280, 35), new("Care-experienced", 6, 2, 9, 1)];
                GroupCounts[] beta = [new("Under 5s", 60, 14, 150, 12), new("5 to 11", 75, 15, 180, 14), new("12 to 17", 64, 18, 140, 16)];
                project.AddTestRun(TestRunKind.Alpha, DateOnly.FromDateTime(Next()), "Referrals from 2023 to 2025, held back from training.", alpha, cast.Practitioner, Next());
                project.AddTestRun(TestRunKind.Beta, DateOnly.FromDateTime(Next()), "Three months alongside the current planning meeting, without acting on the forecasts.", beta, cast.Practitioner, Next());
                project.RecordExternalValidation(new("Dr Amara Okafor", "University of the Midlands", DateOnly.FromDateTime(Next()), Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Method and testing are sound; groups under 20 cases are rightly withheld.", []), cast.Practitioner, Next());
                project.RecordTraining(DateOnly.FromDateTime(Next()), "Locality leads and hub managers", 18, "Reading a forecast, its factors and its uncertainty; how to flag a forecast you disagree with.", cast.Manager, Next());
                var feedback = project.RecordFeedback(FeedbackKind.Feedback, "Locality lead, north", DateOnly.FromDateTime(Next()), "Forecast ranges",
                    "The ranges are hard to read on a phone.", cast.Manager, Next());
                project.RespondToFeedback(feedback.Id, "The range is now shown as words as well as a chart.", FeedbackStatus.Closed, cast.Practitioner, Next());
                project.RecordEngagement(DateOnly.FromDateTime(Next()), "Parents' forum", "Workshop", "Parents asked who sees the forecasts; the answer is now on the council website.", cast.Manager, Next());
                Finish(project, cast, Next);
            },
            () =>
            {
                foreach (var question in Domain.Framework.LifecycleFramework.WorkbookQuestions.Where(q => q.Number is > 5 and <= 11))
                {
                    project.AnswerWorkbookQuestion(question.Number, $"Our answer to question {question.Number}, agreed at the project board after testing.", cast.Practitioner, Next());
                }

                project.RecordDeploymentPlan(new DeploymentPlan("Head of performance", 1,
                    "Interviews with locality leads at three and six months, and dashboard use each month.",
                    "Share of quarters where staffed capacity is within 10% of demand, against the 2025 baseline.",
                    "Regional evaluation unit", true, "A page on the council website and a leaflet in every family hub."), cast.Manager, Next());
                project.SaveTransparencyEntries(TransparencyText, cast.Manager, Next());
                project.ConfirmTransparencyRecord(organisationName, cast.Manager, Next());
                project.SubmitForSignOff(SignOffKind.GoLive, cast.Manager, Next());
                project.DecideSignOff(SignOffKind.GoLive, Decision.Approved, "Go ahead; first review in a month.", cast.Leader, Next());
                Finish(project, cast, Next);

                foreach (var question in Domain.Framework.LifecycleFramework.WorkbookQuestionsOf(Domain.Framework.Phase.Implement))
                {
                    project.AnswerWorkbookQuestion(question.Number, $"Our answer to question {question.Number}, agreed with the monitoring owner at go-live.", cast.Practitioner, Next());
                }

                project.RecordMonitoringReview(new MonitoringReviewDetails(DateOnly.FromDateTime(Next()),
                    "Access list checked; no incidents.", "Referral feed complete; school census two months old as expected.", "Not needed.",
                    "Locality leads use it in the planning meeting; one asked for a printable view.", ReviewOutcome.Continue, null),
                    [new("Under 5s", 58, 15, 148, 13), new("5 to 11", 72, 16, 178, 15), new("12 to 17", 61, 19, 138, 17)], cast.Practitioner, Next());
            },
        ];
        foreach (var stageStep in steps.TakeWhile(_ => project.CurrentStage.Number < untilStage))
        {
            stageStep();
        }
    }

    private static void Finish(Project project, SampleCast cast, Func<DateTime> next)
    {
        SampleRecords.ResolveChecklist(project, cast, next, everyItem: true);
        project.AdvanceStage(cast.Manager, next());
    }
}
