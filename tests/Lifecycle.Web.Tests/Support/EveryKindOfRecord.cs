using Lifecycle.Application.Projects;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Solution;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;
using Lifecycle.Infrastructure.Seeding;

namespace Lifecycle.Web.Tests.Support;

/// <summary>
/// Two projects that between them hold at least one of every kind of record a project can hold: one in testing (stage 7)
/// with a withdrawn run, an accepted small-group gap and validation conditions; one live with a second and third review
/// (a gap accepted, one withdrawn), a change of scope, a proposed change to its deployment plan and a decision to keep
/// it in use while a poor dataset is put right.
/// </summary>
public static class EveryKindOfRecord
{
    public static async Task<(Team Testing, Team Live)> CreateAsync(LifecycleFactory factory)
    {
        var testing = await Team.CreateAsync(factory, predictive: true);
        var live = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(live);
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(testing.ProjectId, testing.OrganisationId, CancellationToken.None);
            var cast = CastOf(testing);
            var at = project.CreatedAt.AddDays(-100);
            DateTime Next() => at = at.AddMinutes(10);
            SampleLiveRecords.FillToFirstReview(project, cast, "Test Borough Council", at, TimeSpan.FromMinutes(10), untilStage: Lifecycle.Domain.Projects.Project.TestingStage);
            at = at.AddDays(30);
            GroupCounts[] groups = [new("Under 5s", 120, 30, 300, 25), new("5 to 11", 150, 35, 360, 30), new("Care-experienced", 6, 2, 9, 1)];
            project.AddTestRun(TestRunKind.Alpha, DateOnly.FromDateTime(Next()), "Held-back referrals.", groups, cast.Practitioner, Next());
            project.AddTestRun(TestRunKind.Alpha, DateOnly.FromDateTime(Next()), "Recorded against the wrong file.", groups, cast.Practitioner, Next());
            project.AcceptSmallGroupGap(ResultKind.TestRun, 1, "Care-experienced", "Too few care-experienced children in two years; checked by hand.", cast.Leader, Next());
            project.WithdrawResult(ResultKind.TestRun, 2, "The wrong predictions file was uploaded.", cast.Leader, Next());
            project.RecordExternalValidation(new("Dr Amara Okafor", "University of the Midlands", DateOnly.FromDateTime(Next()), ValidationVerdict.SupportsWithConditions,
                "Sound, with one condition.", ["Re-test the care-experienced group after six months."]), cast.Practitioner, Next());
            return await db.SaveChangesAsync();
        });
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(live.ProjectId, live.OrganisationId, CancellationToken.None);
            var cast = CastOf(live);
            var at = project.MonitoringReviews[^1].RecordedAt;
            DateTime Next() => at = at.AddMinutes(10);
            GroupCounts[] groups = [new("Under 5s", 58, 15, 148, 13), new("5 to 11", 72, 16, 178, 15), new("Care-experienced", 3, 1, 5, 1)];
            var details = new MonitoringReviewDetails(DateOnly.FromDateTime(Next()), "Checked.", "Complete.", "Not needed.", "The care-experienced group is too small to judge this month.", ReviewOutcome.Adapt, "Collect more care-experienced cases before judging the group.");
            project.RecordMonitoringReview(details, groups, cast.Practitioner, Next());
            project.RecordMonitoringReview(details with { ReviewedOn = DateOnly.FromDateTime(Next()) }, groups, cast.Practitioner, Next());
            project.AcceptSmallGroupGap(ResultKind.MonitoringReview, 2, "Care-experienced", "Three cases this month; reviewed one by one.", cast.Leader, Next());
            project.WithdrawResult(ResultKind.MonitoringReview, 3, "Entered twice.", cast.Leader, Next());
            project.RecordScopeChange("Also used by the youth service.", "Asked for by the youth service lead.", cast.Manager, Next());
            project.RecordDeploymentPlan(project.DeploymentPlan! with { ReviewIntervalMonths = 2 }, cast.Manager, Next());
            project.AddDataset(new DatasetDetails("School attendance", "Education data team", "Termly census", 1000, 40m, null, true, false, null, DataQuality.Poor,
                "Many gaps.", "Only used as a supporting factor until the gaps are filled."), cast.Practitioner, Next());
            project.DecideToKeepInUse("The front door team relies on it; the gaps are filled next month.", cast.Leader, Next());
            return await db.SaveChangesAsync();
        });
        return (testing, live);
    }

    private static SampleCast CastOf(Team team) =>
        new(new(team.Manager.Id, team.Manager.Name), new(team.Practitioner.Id, team.Practitioner.Name), new(team.Leader.Id, team.Leader.Name));
}
