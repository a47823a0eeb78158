using Lifecycle.Application.Projects;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Issue 10 pages: validation verdicts and conditions, poor datasets, workbook confirmation, threshold changes, small groups and approval bases.</summary>
public sealed class GuidanceFidelityPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task ValidationWithConditions_IsRecorded_AndEachConditionIsMarkedMetWithHowItWasMet()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/validation/new");
        var stray = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, Validation("SupportsGoingLive", "Retrain monthly")));
        Assert.Equal(["Remove the conditions, or select that the validator supports going live with conditions"], stray.ErrorSummaryItems());
        var missing = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, Validation("SupportsWithConditions", "  ")));
        Assert.Equal(["Enter each condition the validator set, one on each line"], missing.ErrorSummaryItems());

        await practitioner.SubmitAsync(form, PostForm, Validation("SupportsWithConditions", "Show the forecast range\nRe-test after the census update"));
        var testing = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing");
        Assert.Contains("Supports going live with conditions", testing.QuerySelector("#validations")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, testing.QuerySelectorAll("#validations a[href*='/testing/conditions/']").Length);

        var condition = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/conditions/1");
        var noHow = await PageClient.ParseAsync(await practitioner.SubmitAsync(condition, PostForm, new() { ["Input.HowMet"] = "" }));
        Assert.Equal(["Say how the condition was met"], noHow.ErrorSummaryItems());
        await practitioner.SubmitAsync(condition, PostForm, new() { ["Input.HowMet"] = "Range shown on every forecast." });

        var saved = (await factory.LoadProjectAsync(team.ProjectId)).LatestValidation!;
        Assert.Equal(ValidationVerdict.SupportsWithConditions, saved.Verdict);
        Assert.True(saved.Conditions[0].IsMet);
        Assert.False(saved.Conditions[1].IsMet);
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/testing/conditions/9")).StatusCode);
    }

    [Fact]
    public async Task ADoesNotSupportValidation_IsNamedWhenLeavingTesting()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/validation/new");
        await practitioner.SubmitAsync(form, PostForm, Validation("DoesNotSupport", ""));

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(await manager.GetAsync($"/projects/{team.ProjectId}/stages/7"), "form[action*=Advance]", []));

        Assert.Contains(refused.ErrorSummaryItems(), e => e.StartsWith("the latest external validation supports going live", StringComparison.Ordinal));
        Assert.NotNull(refused.QuerySelector(".govuk-error-summary li[data-rule=ValidationMustSupportGoingLiveRule]"));
    }

    [Fact]
    public async Task APoorDataset_HoldsStage3_UntilItHasAPlanOrIsNoLongerUsed()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 3);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var newDataset = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets/new");
        await practitioner.SubmitAsync(newDataset, PostForm, new() { ["Input.Name"] = "Housing notifications", ["Input.Quality"] = "Poor" });

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(await manager.GetAsync($"/projects/{team.ProjectId}/stages/3"), "form[action*=Advance]", []));
        Assert.Contains(refused.ErrorSummaryItems(), e => e.Contains("(Housing notifications)", StringComparison.Ordinal));
        var list = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets");
        Assert.Contains("Needs a plan", list.Body!.TextContent, StringComparison.Ordinal);

        var datasetId = (await factory.LoadProjectAsync(team.ProjectId)).Datasets.Single(d => d.Name == "Housing notifications").Id;
        var stopPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets/{datasetId}/stop-using");
        var noReason = await PageClient.ParseAsync(await practitioner.SubmitAsync(stopPage, PostForm, new() { ["Input.Reason"] = " " }));
        Assert.Equal(["Say why the tool will not use this dataset"], noReason.ErrorSummaryItems());
        await practitioner.SubmitAsync(stopPage, PostForm, new() { ["Input.Reason"] = "A fifth of addresses are missing." });

        list = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets");
        Assert.Contains("No longer used", list.Body!.TextContent, StringComparison.Ordinal);
        var moved = await manager.SubmitAsync(await manager.GetAsync($"/projects/{team.ProjectId}/stages/3"), "form[action*=Advance]", []);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
    }

    [Fact]
    public async Task AWorkbookAnswer_CanBeConfirmedUnchanged_AndSaysTheWorkbookIsLifecyclesOwn()
    {
        var team = await Team.CreateAsync(factory);
        await factory.TickItemsAndAnswerWorkbookAsync(team.ProjectId, team.Manager, 1);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var question = await practitioner.GetAsync($"/projects/{team.ProjectId}/workbook/1");
        Assert.Contains("not the department's ethics workbook", question.QuerySelector("#workbook-source")!.TextContent, StringComparison.Ordinal);
        await practitioner.SubmitAsync(question, "form[action*=Confirm]", []);

        var answer = (await factory.LoadProjectAsync(team.ProjectId)).CurrentAnswer(1)!;
        Assert.Equal(2, answer.Version);
        Assert.True(answer.ConfirmedUnchanged);
        question = await practitioner.GetAsync($"/projects/{team.ProjectId}/workbook/1");
        Assert.Contains("looked at again, unchanged", question.QuerySelector("#answer-history")!.TextContent, StringComparison.Ordinal);
        var pack = (await practitioner.GetAsync($"/projects/{team.ProjectId}/pack/preview")).QuerySelector("#workbook")!.TextContent;
        Assert.Contains("not the department's ethics workbook", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LooseningThresholdsAfterAFailingRun_NeedsAReason_AndASeniorLeadersApproval()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.AddTestRun(TestRunKind.Alpha, new DateOnly(2026, 4, 1), null, [new("Boys", 15, 10, 20, 5), new("Girls", 15, 10, 20, 5)], new(team.Practitioner.Id, team.Practitioner.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var design = await practitioner.GetAsync($"/projects/{team.ProjectId}/design");
        var looser = Design(precision: "50");
        var noReason = await PageClient.ParseAsync(await practitioner.SubmitAsync(design, PostForm, looser));
        Assert.Equal(["Say why the thresholds are changing now that testing has begun"], noReason.ErrorSummaryItems());
        looser["Input.ThresholdChangeReason"] = "The pilot showed 70% was not achievable.";
        await practitioner.SubmitAsync(design, PostForm, looser);

        design = await practitioner.GetAsync($"/projects/{team.ProjectId}/design");
        Assert.Equal(2, design.QuerySelectorAll("#threshold-history tbody tr").Length);
        Assert.NotNull(design.QuerySelector("#threshold-change"));
        await practitioner.SubmitAsync(design, "form[action*=SubmitChange]", []);
        Assert.Equal(ApprovalState.AwaitingDecision, (await factory.LoadProjectAsync(team.ProjectId)).ApprovalStateOf(SignOffKind.ThresholdChange));

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var decision = await leader.GetAsync($"/projects/{team.ProjectId}/thresholds/decision");
        Assert.Contains("The pilot showed 70% was not achievable.", decision.QuerySelector("#approval-basis")!.TextContent, StringComparison.Ordinal);
        await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Approved" });

        Assert.Equal(ApprovalState.Approved, (await factory.LoadProjectAsync(team.ProjectId)).ApprovalStateOf(SignOffKind.ThresholdChange));
        var pack = (await practitioner.GetAsync($"/projects/{team.ProjectId}/pack/preview")).QuerySelector("#later-phases")!.TextContent;
        Assert.Contains("Threshold history", pack, StringComparison.Ordinal);
        Assert.Contains("The pilot showed 70% was not achievable.", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASmallGroup_IsShownToTheTeam_WithheldFromThePack_AndItsGapAcceptedByASeniorLeader()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.AddTestRun(TestRunKind.Alpha, new DateOnly(2026, 4, 1), null,
                [new("All children", 40, 10, 45, 5), new("Care-experienced", 3, 0, 4, 0)], new(team.Practitioner.Id, team.Practitioner.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var testing = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing");
        Assert.Contains("Too few cases to judge", testing.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(testing.QuerySelector("a[href*='accept-gap']"));
        var denied = await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/results/test-runs/1/accept-gap");
        Assert.Contains("/account/access-denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        testing = await leader.GetAsync($"/projects/{team.ProjectId}/testing");
        var accept = await leader.GetAsync(testing.QuerySelector("a[href*='accept-gap']")!.GetAttribute("href")!);
        var bad = await PageClient.ParseAsync(await leader.SubmitAsync(accept, PostForm, new() { ["Input.Group"] = "All children", ["Input.Reason"] = "" }));
        Assert.Equal(["Select the group whose gap you accept", "Say why the group's results can be accepted without more cases"], bad.ErrorSummaryItems());
        await leader.SubmitAsync(accept, PostForm, new() { ["Input.Group"] = "Care-experienced", ["Input.Reason"] = "Seven children in the county; each reviewed at panel." });

        var run = (await factory.LoadProjectAsync(team.ProjectId)).LatestTestRun!;
        Assert.Equal("Care-experienced", Assert.Single(run.AcceptedGaps).Group);
        var pack = (await leader.GetAsync($"/projects/{team.ProjectId}/pack/preview")).QuerySelector("#later-phases")!.TextContent;
        Assert.Contains("fewer than 10", pack, StringComparison.Ordinal);
        Assert.Contains("Seven children in the county; each reviewed at panel.", pack, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetResponseAsync($"/projects/{team.ProjectId}/results/nonsense/1/accept-gap")).StatusCode);
    }

    [Fact]
    public async Task ItemsThatComeToApplyLater_AreListedOnTheCurrentStage_AndHoldItsGate()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 5);
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.CompleteTriage(TestTriage.LowRisk with { PredictsAboutIndividuals = true }, new(team.Practitioner.Id, team.Practitioner.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/5");
        Assert.Equal(["4.4", "4.5", "4.7"], stage.QuerySelectorAll("#carried-over-items li a").Select(a => a.TextContent.Split(' ')[0]));
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));
        Assert.Contains(refused.ErrorSummaryItems(), e => e.StartsWith("4.7 ‘Arrange independent scrutiny’ from Stage 4: Ethics triage is done", StringComparison.Ordinal));

        var item = await manager.GetAsync($"/projects/{team.ProjectId}/stages/4/items/4.7");
        await manager.SubmitAsync(item, PostForm, new() { ["Input.Outcome"] = "done" });
        Assert.Equal(Lifecycle.Domain.Projects.ChecklistOutcome.Done, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("4.7"));
    }

    [Fact]
    public async Task TheGoLiveDecisionPage_ShowsEveryFactTheApprovalRestsOn()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 8);
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.RecordDeploymentPlan(TestPlans.Deployment, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            project.SubmitForSignOff(SignOffKind.GoLive, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var leader = await PageClient.SignedInAsync(factory, team.Leader);

        var decision = await leader.GetAsync($"/projects/{team.ProjectId}/go-live/decision");

        var labels = decision.QuerySelectorAll("#approval-basis dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Latest test run", labels);
        Assert.Contains("External validation", labels);
        Assert.Contains("Open risks rated high or very high", labels);
        Assert.Contains("Impact assessments", labels);
        Assert.Contains("Transparency record", labels);
    }

    [Fact]
    public async Task AnOversightMember_RaisesAChallenge_AndOneWaitingTooLongShowsOnTheOverview()
    {
        var team = await Team.CreateAsync(factory);
        var overseer = await factory.PersonAsync(team.OrganisationId, "Olu Overseer");
        await factory.AssignAsync(team.ProjectId, overseer, Lifecycle.Domain.Projects.ProjectRole.OversightMember);
        var client = await PageClient.SignedInAsync(factory, overseer);

        var register = await client.GetAsync($"/projects/{team.ProjectId}/engagement");
        Assert.NotNull(register.QuerySelector("a[href$='/engagement/feedback/new']"));
        var form = await client.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/new");
        var raisedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40);
        await client.SubmitAsync(form, PostForm, new()
        {
            ["Input.Kind"] = "Challenge",
            ["Input.RaisedBy"] = "Olu Overseer",
            ["Input.RaisedOn.Day"] = raisedOn.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.RaisedOn.Month"] = raisedOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.RaisedOn.Year"] = raisedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.About"] = "Who checks the referral list",
            ["Input.Details"] = "Nobody has said who reviews the flagged families each week.",
        });
        Assert.Single((await factory.LoadProjectAsync(team.ProjectId)).Feedback);

        var overview = await client.GetAsync($"/projects/{team.ProjectId}");
        Assert.Contains("F1 Who checks the referral list", overview.QuerySelector("#challenges-waiting")!.TextContent, StringComparison.Ordinal);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        Assert.Contains("/account/access-denied", (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/engagement/feedback/new")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPrefilledTransparencyField_CanBeRewritten_AndTextLeftAsOfferedKeepsFollowingTheRecords()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var edit = await manager.GetAsync($"/projects/{team.ProjectId}/transparency/edit");
        var offeredTitle = edit.QuerySelector("#Values_title_")!.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(offeredTitle));
        Assert.Null(edit.QuerySelector("#Values_standard_version_"));
        await manager.SubmitAsync(edit, PostForm, new() { ["Values[title]"] = offeredTitle, ["Values[name]"] = "Early help planning tool" });

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal("Early help planning tool", Assert.Single(project.TransparencyEntries).Value);
        var json = await (await manager.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json")).Content.ReadAsStringAsync();
        Assert.Contains("Early help planning tool", json, StringComparison.Ordinal);

        edit = await manager.GetAsync($"/projects/{team.ProjectId}/transparency/edit");
        Assert.Contains("The records give:", edit.QuerySelector("#Values_name_-hint")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(edit, PostForm, new() { ["Values[name]"] = "" });
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).TransparencyEntries);
    }

    private static Dictionary<string, string> Validation(string verdict, string conditions) => new()
    {
        ["Input.Validator"] = "Dr Lee",
        ["Input.Organisation"] = "University of the North",
        ["Input.ValidatedOn.Day"] = "10",
        ["Input.ValidatedOn.Month"] = "5",
        ["Input.ValidatedOn.Year"] = "2026",
        ["Input.Verdict"] = verdict,
        ["Input.Conclusion"] = "Sound method.",
        ["Input.Conditions"] = conditions,
    };

    private static Dictionary<string, string> Design(string precision) => new()
    {
        ["Input.WhatWillImprove"] = "Fewer repeat referrals",
        ["Input.HowMeasured"] = "Repeat referral rate each quarter",
        ["Input.Baseline"] = "22% in 2025",
        ["Input.MinimumPrecision"] = precision,
        ["Input.MinimumRecall"] = "70",
        ["Input.MinimumAccuracy"] = "80",
        ["Input.MaximumGroupGap"] = "10",
        ["Input.MinimumGroupSize"] = "10",
    };
}
