using System.Globalization;
using System.Text;
using System.Text.Json;
using Lifecycle.Application.Projects;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Stages 9 and 10 through the pages: monitoring reviews, breaches, scope changes, reviews due, retirement.</summary>
public sealed class MonitoringAndRetirementPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    private static Dictionary<string, string> Review(DateOnly on) => new()
    {
        ["Input.ReviewedOn.Day"] = on.Day.ToString(CultureInfo.InvariantCulture),
        ["Input.ReviewedOn.Month"] = on.Month.ToString(CultureInfo.InvariantCulture),
        ["Input.ReviewedOn.Year"] = on.Year.ToString(CultureInfo.InvariantCulture),
        ["Input.Security"] = "Access list checked.",
        ["Input.DataQuality"] = "Feed complete.",
        ["Input.Retraining"] = "Not needed.",
        ["Input.UserFeedback"] = "Two comments.",
        ["Input.Outcome"] = "Continue",
    };

    [Fact]
    public async Task AReviewThatBreachesAThreshold_IsFlagged_AddsARisk_AndIsInThePackAndTheTransparencyRecord()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 9);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var id = team.ProjectId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var form = await practitioner.GetAsync($"/projects/{id}/monitoring/reviews/new");
        var refused = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Security"] = "Checked.", ["Input.Outcome"] = "Adapt" }));
        var errors = refused.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter the date of the review", errors, StringComparison.Ordinal);
        Assert.Contains("Enter what the input data quality check found", errors, StringComparison.Ordinal);
        Assert.Contains("Say why the tool should be adapted or retired", errors, StringComparison.Ordinal);
        Assert.Equal("Checked.", refused.QuerySelector("#Input_Security")!.TextContent);

        var csv = "group,predicted,actual\n" + string.Concat(Enumerable.Repeat("All,1,1\nAll,1,0\nAll,0,1\nAll,0,0\n", 10));
        var continued = await PageClient.ParseAsync(await practitioner.SubmitWithFileAsync(form, PostForm, Review(today), "Upload", "cases.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("only a senior leader who took no part in the work can conclude ‘continue’", continued.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await practitioner.SubmitWithFileAsync(form, PostForm, new(Review(today)) { ["Input.Outcome"] = "Adapt", ["Input.OutcomeReason"] = "Retrain on this year's referrals." },
            "Upload", "cases.csv", Encoding.UTF8.GetBytes(csv));

        var project = await factory.LoadProjectAsync(id);
        var review = Assert.Single(project.MonitoringReviews);
        Assert.True(project.HasThresholdBreach);
        Assert.Equal(review.BreachRiskNumber, Assert.Single(project.Risks).Number);
        var page = await practitioner.GetAsync($"/projects/{id}/monitoring");
        Assert.NotNull(page.QuerySelector("#breach-warning"));
        Assert.Equal("Does not meet every threshold", page.QuerySelector("#review-1-verdict")!.TextContent);
        Assert.Contains(today.AddMonths(1).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), page.QuerySelector("#next-review")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await practitioner.GetAsync($"/projects/{id}")).QuerySelector("#threshold-breach"));

        var pack = (await practitioner.GetAsync($"/projects/{id}/pack/preview")).QuerySelector("#implement")!.TextContent;
        Assert.Contains("Review 1: results by group", pack, StringComparison.Ordinal);
        Assert.Contains("Latest review breached a threshold", pack, StringComparison.Ordinal);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        using var json = JsonDocument.Parse(await (await manager.GetResponseAsync($"/projects/{id}/transparency/json")).Content.ReadAsStringAsync());
        var performance = json.RootElement.GetProperty("model_specification")[0].GetProperty("model_performance").GetProperty("value").GetString()!;
        Assert.StartsWith("Monitoring review 1,", performance, StringComparison.Ordinal);
        var maintenance = json.RootElement.GetProperty("tool_specification").GetProperty("maintenance").GetProperty("value").GetString()!;
        Assert.Contains("Reviewed every 1 month", maintenance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScopeChange_BlocksTheNextReview_UntilTheTriageAssessmentsAndTransparencyRecordAreReviewed()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var id = team.ProjectId;

        var scope = await manager.GetAsync($"/projects/{id}/monitoring/scope-change");
        var empty = await PageClient.ParseAsync(await manager.SubmitAsync(scope, PostForm, new() { ["Input.WhatChanged"] = "" }));
        Assert.Contains("Enter what is changing", empty.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(scope, PostForm, new() { ["Input.WhatChanged"] = "Also used for under-fives.", ["Input.Why"] = "Board request." });

        var monitoring = await manager.GetAsync($"/projects/{id}/monitoring");
        Assert.Contains("the ethics triage", monitoring.QuerySelector("#scope-reviews")!.TextContent, StringComparison.Ordinal);
        var form = await manager.GetAsync($"/projects/{id}/monitoring/reviews/new");
        var blocked = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, Review(DateOnly.FromDateTime(DateTime.UtcNow))));
        Assert.Contains("The scope changed and these have not been looked at again: the ethics triage", blocked.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Review needed", (await manager.GetAsync($"/projects/{id}/transparency")).QuerySelector("#confirmation")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await factory.LoadProjectAsync(id)).MonitoringReviews);

        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(id, team.OrganisationId, CancellationToken.None);
            var who = new Domain.Common.Actor(team.Manager.Id, team.Manager.Name);
            project.CompleteTriage(TestTriage.LowRisk, who, DateTime.UtcNow);
            foreach (var assessment in project.ImpactAssessments.ToList())
            {
                project.SaveImpactAssessment(assessment.Id, assessment.Kind, assessment.Details, who, DateTime.UtcNow);
            }

            TestProjectSetup.ConfirmCompleteTransparencyRecord(project, who, await TestProjectSetup.OrganisationNameAsync(db, project));
            return await db.SaveChangesAsync();
        });

        // Saving an assessment unchanged does not count as looking at it again: it is confirmed, with a reason, on its own page.
        monitoring = await manager.GetAsync($"/projects/{id}/monitoring");
        Assert.Contains("Data protection impact assessment (DPIA)", monitoring.QuerySelector("#scope-reviews")!.TextContent, StringComparison.Ordinal);
        var confirm = await manager.GetAsync(monitoring.QuerySelector("#scope-reviews a[href*='confirm-unchanged']")!.GetAttribute("href")!);
        var tooShort = await PageClient.ParseAsync(await manager.SubmitAsync(confirm, PostForm, new() { ["Input.Reason"] = "Fine" }));
        Assert.Contains("too short to act on", tooShort.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(tooShort, PostForm, new() { ["Input.Reason"] = "Under-fives' data is already covered by section 3 of the DPIA." });
        Assert.Null((await manager.GetAsync($"/projects/{id}/monitoring")).QuerySelector("#scope-reviews"));
        await manager.SubmitAsync(await manager.GetAsync($"/projects/{id}/monitoring/reviews/new"), PostForm, Review(DateOnly.FromDateTime(DateTime.UtcNow)));

        var saved = await factory.LoadProjectAsync(id);
        Assert.Single(saved.MonitoringReviews);
        Assert.Equal(2, saved.Triages.Count);
    }

    [Fact]
    public async Task ReviewsDueSoon_ShowOnThePortfolio_AndInTheSeniorLeadersView()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);
        var wentLive = DateTime.UtcNow.AddMonths(-1).AddDays(-3);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE StageProgress SET EnteredAt = {wentLive} WHERE ProjectId = {team.ProjectId} AND StageNumber = 9"));

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var home = await leader.GetAsync("/");
        Assert.Contains("overdue since", home.QuerySelector("#reviews-due + p + ul")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", home.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await leader.GetAsync("/?review=Overdue")).QuerySelectorAll("tbody tr"));
        Assert.Single((await leader.GetAsync("/?review=DueOrOverdue&sort=NextReview")).QuerySelectorAll("tbody tr"));
        Assert.Empty((await leader.GetAsync("/?review=Overdue&phase=Explore")).QuerySelectorAll("tbody tr"));

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        Assert.Null((await manager.GetAsync("/")).QuerySelector("#reviews-due"));
        var csv = await (await manager.GetResponseAsync("/projects/csv")).Content.ReadAsStringAsync();
        Assert.Contains(DateOnly.FromDateTime(wentLive).AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retirement_IsProposedApprovedArchivedAndCompleted_ThenTheProjectIsReadOnlyButExportable()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);
        var id = team.ProjectId;
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(id, team.OrganisationId, CancellationToken.None);
            foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
            {
                project.MarkItemDone(item.Code, null, null, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var leader = await PageClient.SignedInAsync(factory, team.Leader);

        var retirement = await manager.GetAsync($"/projects/{id}/retirement");
        var noReasons = await PageClient.ParseAsync(await manager.SubmitAsync(retirement, PostForm, new() { ["Input.Reasons"] = "" }));
        Assert.Contains("Enter why the tool should be retired", noReasons.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(retirement, PostForm, new() { ["Input.Reasons"] = "Accuracy fell for two reviews running." });

        var decision = await leader.GetAsync($"/projects/{id}/retirement/decision");
        await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Approved" });
        Assert.Equal(10, (await factory.LoadProjectAsync(id)).CurrentStage.Number);

        var archive = await manager.GetAsync($"/projects/{id}/retirement");
        var badDate = await PageClient.ParseAsync(await manager.SubmitAsync(archive, PostForm, new() { ["Archive.ArchivedOn.Day"] = "31", ["Archive.ArchivedOn.Month"] = "2", ["Archive.ArchivedOn.Year"] = "2026" }));
        Assert.Contains("The date the transparency record was archived must be a real date", badDate.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(archive, PostForm, new() { ["Archive.ArchivedOn.Day"] = "2", ["Archive.ArchivedOn.Month"] = "3", ["Archive.ArchivedOn.Year"] = "2026" });

        var stage = await manager.GetAsync($"/projects/{id}/stages/10");
        var advanceResponse = await manager.SubmitAsync(stage, "form[action*=Advance]", []);
        var stillOpen = await PageClient.ParseAsync(advanceResponse);
        Assert.Contains("You cannot complete the retirement until", stillOpen.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await factory.CompleteCurrentStageAsync(id, team.Manager);
        await manager.SubmitAsync(await manager.GetAsync($"/projects/{id}/stages/10"), "form[action*=Advance]", []);

        var retired = await factory.LoadProjectAsync(id);
        Assert.Equal(ProjectStatus.Retired, retired.Status);
        var overview = await manager.GetAsync($"/projects/{id}");
        Assert.Contains("This tool was retired on", overview.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await manager.GetAsync($"/projects/{id}/stages/10")).QuerySelector("form[action*=Advance]"));
        using var json = JsonDocument.Parse(await (await manager.GetResponseAsync($"/projects/{id}/transparency/json")).Content.ReadAsStringAsync());
        Assert.Equal("2026-03-02", json.RootElement.GetProperty("metadata").GetProperty("date_archived").GetProperty("value").GetString());
        Assert.Equal("retired", json.RootElement.GetProperty("metadata").GetProperty("phase").GetProperty("value").GetString());
        Assert.Contains("Retired", (await manager.GetAsync($"/projects/{id}/pack/preview")).QuerySelector("#implement")!.TextContent, StringComparison.Ordinal);
        var portfolio = await manager.GetAsync("/");
        Assert.Contains("Retired", portfolio.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }
}
