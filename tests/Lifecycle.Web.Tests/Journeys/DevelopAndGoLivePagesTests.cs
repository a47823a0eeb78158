using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Stages 6 to 8 through the pages: safeguards, returning to Development, registers, the deployment plan, the transparency record and go-live.</summary>
public sealed class DevelopAndGoLivePagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task Safeguards_CanBeSavedInPart_TheGateNamesWhatIsMissing_AndOverlongTextIsRefusedKeepingWhatWasTyped()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 6);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/development");
        var refused = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new()
        {
            ["Input.PrivacyAndSecurity"] = "Role-based access.",
            ["Input.Explainability"] = new string('x', 4001),
        }));
        Assert.Contains("How outputs are explained must be 4,000 characters or fewer", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Role-based access.", refused.QuerySelector("#Input_PrivacyAndSecurity")!.TextContent);
        Assert.Null((await factory.LoadProjectAsync(team.ProjectId)).DevelopmentSafeguards);

        await practitioner.SubmitAsync(form, PostForm, new() { ["Input.PrivacyAndSecurity"] = "Role-based access.", ["Input.Explainability"] = "Top factors shown." });

        var stage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/6");
        Assert.Equal("2 of 4 recorded", stage.QuerySelector("#record-development")!.TextContent.Trim());
        var gate = (await factory.LoadProjectAsync(team.ProjectId)).EvaluateGate().BrokenRules.OfType<Lifecycle.Domain.Common.PartsMustBeFilledRule>().Single();
        Assert.Equal(["how outputs can be challenged", "the feedback process"], gate.Missing);
    }

    [Fact]
    public async Task ReturnToDevelopment_NeedsAReason_KeepsEveryRun_AndOnlyAProjectManagerMayDoIt()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        Assert.Contains("access-denied", (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/return-to-development")).Headers.Location?.ToString());

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/return-to-development");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new() { ["Input.Reason"] = " " }));
        Assert.NotNull(refused.QuerySelector(".govuk-error-summary"));

        await manager.SubmitAsync(form, PostForm, new() { ["Input.Reason"] = "Recall for care-experienced children too low." });

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(6, project.CurrentStage.Number);
        Assert.Equal(2, project.TestRuns.Count);
        var pack = (await manager.GetAsync($"/projects/{team.ProjectId}/pack/preview")).QuerySelector("#progress")!.TextContent;
        Assert.Contains("Returned to Development by Priya", pack, StringComparison.Ordinal);
        Assert.Contains("Recall for care-experienced children too low.", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registers_RecordFeedbackAnonymouslyWithAResponse_TrainingAndEngagement_AndShowInThePack()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 7);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var id = team.ProjectId;

        var feedback = await practitioner.GetAsync($"/projects/{id}/engagement/feedback/new");
        var refused = await PageClient.ParseAsync(await practitioner.SubmitAsync(feedback, PostForm, new() { ["Input.About"] = "Score for family 12" }));
        var errors = refused.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select whether this is feedback or a challenge", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the date it was raised", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the feedback or challenge", errors, StringComparison.Ordinal);

        await practitioner.SubmitAsync(feedback, PostForm, new()
        {
            ["Input.Kind"] = "Challenge",
            ["Input.RaisedBy"] = "",
            ["Input.RaisedOn.Day"] = "3",
            ["Input.RaisedOn.Month"] = "5",
            ["Input.RaisedOn.Year"] = "2026",
            ["Input.About"] = "Score for family 12",
            ["Input.Details"] = "The score ignored a recent house move.",
        });
        var item = Assert.Single((await factory.LoadProjectAsync(id)).Feedback);
        var respond = await practitioner.GetAsync($"/projects/{id}/engagement/feedback/{item.Id}/respond");
        await practitioner.SubmitAsync(respond, PostForm, new() { ["Input.Reply"] = "Address history now refreshes daily.", ["Input.Status"] = "Closed" });

        var training = await practitioner.GetAsync($"/projects/{id}/engagement/training/new");
        var badCount = await PageClient.ParseAsync(await practitioner.SubmitAsync(training, PostForm, new()
        {
            ["Input.DeliveredOn.Day"] = "4",
            ["Input.DeliveredOn.Month"] = "5",
            ["Input.DeliveredOn.Year"] = "2026",
            ["Input.Audience"] = "Social workers",
            ["Input.PeopleTrained"] = "twelve",
            ["Input.Covered"] = "Reading a score",
        }));
        Assert.Contains("Enter how many people were trained", badCount.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Reading a score", badCount.QuerySelector("#Input_Covered")!.TextContent);
        await practitioner.SubmitAsync(training, PostForm, new()
        {
            ["Input.DeliveredOn.Day"] = "4",
            ["Input.DeliveredOn.Month"] = "5",
            ["Input.DeliveredOn.Year"] = "2026",
            ["Input.Audience"] = "Social workers",
            ["Input.PeopleTrained"] = "12",
            ["Input.Covered"] = "Reading a score",
        });
        var engagement = await practitioner.GetAsync($"/projects/{id}/engagement/new");
        await practitioner.SubmitAsync(engagement, PostForm, new()
        {
            ["Input.HeldOn.Day"] = "5",
            ["Input.HeldOn.Month"] = "5",
            ["Input.HeldOn.Year"] = "2026",
            ["Input.Stakeholders"] = "Parents' forum",
            ["Input.Method"] = "Workshop",
            ["Input.WhatWeHeard"] = "Who sees the score?",
        });

        var page = await practitioner.GetAsync($"/projects/{id}/engagement");
        Assert.Contains("Anonymous", page.QuerySelector("#feedback-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Beta testing", page.QuerySelector("#feedback-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Closed", page.QuerySelector("#feedback-1")!.TextContent, StringComparison.Ordinal);
        var pack = (await practitioner.GetAsync($"/projects/{id}/pack/preview")).QuerySelector("#engagement")!.TextContent;
        Assert.Contains("Address history now refreshes daily.", pack, StringComparison.Ordinal);
        Assert.Contains("Parents' forum", pack, StringComparison.Ordinal);
        Assert.Contains("Social workers", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoLive_PlanIsCheckedAndSaved_ALeaderApprovesIt_AndChangingTheEvaluationPlanLapsesTheApproval()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 8);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var id = team.ProjectId;

        var plan = await manager.GetAsync($"/projects/{id}/deployment-plan");
        var values = new Dictionary<string, string>
        {
            ["Input.MonitoringOwner"] = "Head of performance",
            ["Input.ReviewIntervalMonths"] = "30",
            ["Input.ProcessEvaluation"] = "Interviews after three months.",
            ["Input.ImpactEvaluation"] = "Repeat referrals against 2025.",
            ["Input.Evaluator"] = "Regional evaluation unit",
            ["Input.EvaluatorIsIndependent"] = "true",
            ["Input.PublicCommunication"] = "Council website.",
        };
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(plan, PostForm, values));
        Assert.Contains("Review interval must be a whole number of months from 1 to 24", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await factory.LoadProjectAsync(id)).DeploymentPlan);

        values["Input.ReviewIntervalMonths"] = "1";
        await manager.SubmitAsync(plan, PostForm, values);
        var goLive = await manager.GetAsync($"/projects/{id}/go-live");
        var submitted = await PageClient.ParseAsync(await manager.SubmitAsync(goLive, "form[action*=Submit]", []));
        Assert.Null(submitted.QuerySelector(".govuk-error-summary")?.TextContent);
        Assert.Equal(ApprovalState.AwaitingDecision, (await factory.LoadProjectAsync(id)).ApprovalStateOf(SignOffKind.GoLive));

        var home = await leader.GetAsync("/");
        Assert.Contains($"/projects/{id}/go-live", home.QuerySelector("#awaiting-sign-off")!.InnerHtml, StringComparison.Ordinal);
        var decision = await leader.GetAsync($"/projects/{id}/go-live/decision");
        await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Approved", ["Input.Comment"] = "Go ahead." });
        Assert.Equal("Approved", (await leader.GetAsync($"/projects/{id}/go-live")).QuerySelector("#approval-state")!.TextContent);

        values["Input.ImpactEvaluation"] = "A randomised trial.";
        await manager.SubmitAsync(await manager.GetAsync($"/projects/{id}/deployment-plan"), PostForm, values);
        Assert.Equal("Changed since it was approved", (await manager.GetAsync($"/projects/{id}/go-live")).QuerySelector("#approval-state")!.TextContent);
        var broken = (await factory.LoadProjectAsync(id)).EvaluateGate().BrokenRules;
        Assert.Contains(broken, r => r is ApprovalMustMatchRule);
        Assert.Contains(broken, r => r is WorkbookQuestionsMustBeAnsweredRule);
        Assert.Contains(broken, r => r is TransparencyRecordMustBeConfirmedRule);
    }

    [Fact]
    public async Task TransparencyRecord_TeamFillsTheGaps_AndCanConfirmOnlyWhenNothingIsMissing()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 8);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var id = team.ProjectId;

        var index = await manager.GetAsync($"/projects/{id}/transparency");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(index, "form[action*=Confirm]", []));
        Assert.Contains("The transparency record still has", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var edit = await manager.GetAsync($"/projects/{id}/transparency/edit");
        var keys = edit.QuerySelectorAll("textarea").Select(t => t.GetAttribute("name")!).ToList();
        Assert.Contains("Values[team]", keys);
        var notAnAddress = await PageClient.ParseAsync(await manager.SubmitAsync(edit, PostForm, keys.ToDictionary(k => k, k => $"Text for {k[7..^1]}")));
        Assert.Contains(notAnAddress.ErrorSummaryItems(), e => e.Contains("\"website url\" is not a web address", StringComparison.Ordinal));
        var saved = await manager.SubmitAsync(edit, PostForm, keys.ToDictionary(k => k, k => k switch
        {
            "Values[website_url]" => "https://www.council.example/tool",
            "Values[contact_email]" => "data.team@council.example",
            _ => $"Text for {k[7..^1]}",
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var json = await (await manager.GetResponseAsync($"/projects/{id}/transparency/json")).Content.ReadAsStringAsync();
        Assert.Contains("Text for team", json, StringComparison.Ordinal);
        index = await manager.GetAsync($"/projects/{id}/transparency");
        Assert.Contains("Every field has an answer", index.Body!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(index, "form[action*=Confirm]", []);
        Assert.NotNull((await factory.LoadProjectAsync(id)).TransparencyConfirmedAt);
        Assert.Contains("Confirmed complete", (await manager.GetAsync($"/projects/{id}/transparency")).QuerySelector("#confirmation")!.TextContent, StringComparison.Ordinal);
    }
}
