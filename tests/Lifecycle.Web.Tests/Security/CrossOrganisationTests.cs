using System.Globalization;

namespace Lifecycle.Web.Tests.Security;

/// <summary>Nobody ever learns that another organisation's project exists: every URL answers 404.</summary>
public sealed class CrossOrganisationTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    public static TheoryData<string> ProjectUrls => new()
    {
        "/projects/{0}",
        "/projects/{0}/stages/1",
        "/projects/{0}/stages/1/items/1.1",
        "/projects/{0}/details",
        "/projects/{0}/hold",
        "/projects/{0}/stop",
        "/projects/{0}/stopped/users-told",
        "/projects/{0}/team",
        "/projects/{0}/team/add",
        "/projects/{0}/audit",
        "/projects/{0}/maturity",
        "/projects/{0}/solution",
        "/projects/{0}/datasets",
        "/projects/{0}/datasets/new",
        "/projects/{0}/triage",
        "/projects/{0}/triage/new",
        "/projects/{0}/triage/1",
        "/projects/{0}/business-case",
        "/projects/{0}/business-case/edit",
        "/projects/{0}/business-case/decision",
        "/projects/{0}/workbook",
        "/projects/{0}/workbook/1",
        "/projects/{0}/workbook/1/compare?from=1&to=2",
        "/projects/{0}/impact-assessments",
        "/projects/{0}/impact-assessments/data-protection",
        "/projects/{0}/oversight",
        "/projects/{0}/oversight/members/new",
        "/projects/{0}/oversight/meetings/new",
        "/projects/{0}/risks",
        "/projects/{0}/risks/new",
        "/projects/{0}/risks/csv",
        "/projects/{0}/design",
        "/projects/{0}/testing",
        "/projects/{0}/testing/runs/new",
        "/projects/{0}/testing/validation/new",
        "/projects/{0}/testing/conditions/1",
        "/projects/{0}/thresholds/decision",
        "/projects/{0}/thresholds/ungrouped-decision",
        "/projects/{0}/triage/decision",
        "/projects/{0}/maturity/scrutiny-decision",
        "/projects/{0}/results/test-runs/1/accept-gap",
        "/projects/{0}/results/test-runs/1/withdraw",
        "/projects/{0}/pack",
        "/projects/{0}/pack/preview",
        "/projects/{0}/pack/pdf",
        "/projects/{0}/transparency",
        "/projects/{0}/transparency/json",
        "/projects/{0}/transparency/document",
        "/projects/{0}/transparency/edit",
        "/projects/{0}/development",
        "/projects/{0}/return-to-development",
        "/projects/{0}/engagement",
        "/projects/{0}/engagement/feedback/new",
        "/projects/{0}/engagement/new",
        "/projects/{0}/engagement/training/new",
        "/projects/{0}/deployment-plan",
        "/projects/{0}/deployment-plan/decision",
        "/projects/{0}/go-live",
        "/projects/{0}/go-live/decision",
        "/projects/{0}/monitoring",
        "/projects/{0}/monitoring/reviews/new",
        "/projects/{0}/monitoring/scope-change",
        "/projects/{0}/monitoring/keep-in-use",
        "/projects/{0}/retirement",
        "/projects/{0}/retirement/decision",
    };

    [Theory]
    [MemberData(nameof(ProjectUrls))]
    public async Task Get_AnotherOrganisationsProject_Is404(string template)
    {
        var (projectId, outsider, _) = await SetUpAsync();
        var client = await PageClient.SignedInAsync(factory, outsider);

        var response = await client.GetResponseAsync(string.Format(CultureInfo.InvariantCulture, template, projectId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/projects/{0}/stages/1/items/1.1", "Input.Outcome", "done")]
    [InlineData("/projects/{0}/stages/1?handler=Advance", "Version", "")]
    [InlineData("/projects/{0}/stop", "Input.Reason", "hostile")]
    [InlineData("/projects/{0}/stopped/users-told", "Input.How", "hostile")]
    [InlineData("/projects/{0}?handler=Resume", "Version", "")]
    [InlineData("/projects/{0}/team/add", "Input.Role", "ProjectManager")]
    [InlineData("/projects/{0}/maturity", "Input.Components[0].Score", "4")]
    [InlineData("/projects/{0}/solution", "Input.AnalyticsType", "Descriptive")]
    [InlineData("/projects/{0}/datasets/new", "Input.Name", "Stolen")]
    [InlineData("/projects/{0}/triage/new", "Input.Answers[UsedHereBefore]", "No")]
    [InlineData("/projects/{0}/business-case/edit", "Input.ProblemAndRationale", "Hostile")]
    [InlineData("/projects/{0}/business-case?handler=Submit", "Version", "")]
    [InlineData("/projects/{0}/business-case/decision", "Input.Choice", "Approved")]
    [InlineData("/projects/{0}/workbook/1", "Input.Answer", "Hostile")]
    [InlineData("/projects/{0}/workbook/1?handler=Confirm", "Version", "")]
    [InlineData("/projects/{0}/impact-assessments/data-protection", "Input.Status", "Complete")]
    [InlineData("/projects/{0}/oversight/members/new", "Input.Name", "Mallory")]
    [InlineData("/projects/{0}/risks/new", "Input.Title", "Planted risk")]
    [InlineData("/projects/{0}/design", "Input.WhatWillImprove", "Hostile")]
    [InlineData("/projects/{0}/design?handler=SubmitChange", "Version", "")]
    [InlineData("/projects/{0}/thresholds/decision", "Input.Choice", "Approved")]
    [InlineData("/projects/{0}/thresholds/ungrouped-decision", "Input.Choice", "Approved")]
    [InlineData("/projects/{0}/design?handler=SubmitUngrouped", "Version", "")]
    [InlineData("/projects/{0}/triage/decision", "Input.Choice", "Approved")]
    [InlineData("/projects/{0}/maturity/scrutiny-decision", "Input.Choice", "Approved")]
    [InlineData("/projects/{0}/testing/validation/new", "Input.Validator", "Mallory")]
    [InlineData("/projects/{0}/development", "Input.PrivacyAndSecurity", "Hostile")]
    [InlineData("/projects/{0}/return-to-development", "Input.Reason", "Hostile")]
    [InlineData("/projects/{0}/engagement/feedback/new", "Input.About", "Planted")]
    [InlineData("/projects/{0}/engagement/new", "Input.Stakeholders", "Planted")]
    [InlineData("/projects/{0}/engagement/training/new", "Input.Audience", "Planted")]
    [InlineData("/projects/{0}/deployment-plan", "Input.MonitoringOwner", "Mallory")]
    [InlineData("/projects/{0}/go-live?handler=Submit", "Version", "")]
    [InlineData("/projects/{0}/go-live/decision", "Input.Choice", "Approved")]
    [InlineData("/projects/{0}/transparency?handler=Confirm", "Version", "")]
    [InlineData("/projects/{0}/transparency/edit", "Values[team]", "Mallory")]
    [InlineData("/projects/{0}/monitoring/reviews/new", "Input.Security", "Hostile")]
    [InlineData("/projects/{0}/monitoring/scope-change", "Input.WhatChanged", "Hostile")]
    [InlineData("/projects/{0}/monitoring/keep-in-use", "Input.Reason", "Hostile")]
    [InlineData("/projects/{0}/retirement?handler=Propose", "Input.Reasons", "Hostile")]
    [InlineData("/projects/{0}/retirement/decision", "Input.Choice", "Approved")]
    public async Task Post_ToAnotherOrganisationsProject_Is404AndChangesNothing(string template, string field, string value)
    {
        var (projectId, outsider, _) = await SetUpAsync();
        var client = await PageClient.SignedInAsync(factory, outsider);
        var before = await factory.LoadProjectAsync(projectId);

        var response = await client.PostWithTokenAsync(string.Format(CultureInfo.InvariantCulture, template, projectId), "/", new() { [field] = value, ["Version"] = before.Version.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before.Version, (await factory.LoadProjectAsync(projectId)).Version);
    }

    [Fact]
    public async Task UnknownProjectStageAndItem_Are404()
    {
        var (projectId, _, manager) = await SetUpAsync();
        var client = await PageClient.SignedInAsync(factory, manager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetResponseAsync($"/projects/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetResponseAsync("/projects/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetResponseAsync($"/projects/{projectId}/stages/11")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetResponseAsync($"/projects/{projectId}/stages/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetResponseAsync($"/projects/{projectId}/stages/1/items/9.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetResponseAsync($"/projects/{projectId}/stages/2/items/1.1")).StatusCode);
    }

    private async Task<(Guid ProjectId, TestPerson Outsider, TestPerson Manager)> SetUpAsync()
    {
        var home = await factory.OrganisationAsync("Home Council");
        var manager = await factory.PersonAsync(home, "Home Manager");
        var projectId = await factory.ProjectAsync(manager);
        var elsewhere = await factory.OrganisationAsync("Other Council");
        var outsider = await factory.PersonAsync(elsewhere, "Other Admin", isAdministrator: true);
        return (projectId, outsider, manager);
    }
}
