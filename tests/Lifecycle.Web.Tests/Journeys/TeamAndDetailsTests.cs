namespace Lifecycle.Web.Tests.Journeys;

public sealed class TeamAndDetailsTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task Manager_GivesAndRemovesARole_AndBothAreAudited()
    {
        var team = await Team.CreateAsync(factory);
        var newcomer = await factory.PersonAsync(team.OrganisationId, "Olu Oversight");
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var add = await manager.GetAsync($"/projects/{team.ProjectId}/team/add");
        var given = await manager.SubmitAsync(add, PostForm, new() { ["Input.PersonId"] = newcomer.Id.ToString(), ["Input.Role"] = nameof(ProjectRole.DataPractitioner) });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Contains(ProjectRole.DataPractitioner, (await factory.LoadProjectAsync(team.ProjectId)).RolesOf(newcomer.Id));

        var teamPage = await manager.GetAsync($"/projects/{team.ProjectId}/team");
        var removeForm = teamPage.QuerySelectorAll("form[action*=Remove]")
            .Single(f => f.QuerySelector("input[name=personId]")!.GetAttribute("value") == newcomer.Id.ToString());
        removeForm.Id = "remove-newcomer";
        var removed = await manager.SubmitAsync(teamPage, "#remove-newcomer", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).RolesOf(newcomer.Id));

        var audit = await manager.GetAsync($"/projects/{team.ProjectId}/audit");
        var text = audit.QuerySelector("table")!.TextContent;
        Assert.Contains("Role given", text, StringComparison.Ordinal);
        Assert.Contains("Role removed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivingARoleTwice_IsRefusedWithTheRule()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var add = await manager.GetAsync($"/projects/{team.ProjectId}/team/add");
        var response = await manager.SubmitAsync(add, PostForm, new() { ["Input.PersonId"] = team.Viewer.Id.ToString(), ["Input.Role"] = nameof(ProjectRole.Viewer) });

        Assert.Equal(["Vic Viewer already holds the role Viewer: choose another person or role."], (await PageClient.ParseAsync(response)).ErrorSummaryItems());
    }

    [Fact]
    public async Task RemovingTheLastProjectManager_IsRefused()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();

        var response = await manager.PostWithTokenAsync($"/projects/{team.ProjectId}/team?handler=Remove", "/",
            new() { ["personId"] = team.Manager.Id.ToString(), ["role"] = nameof(ProjectRole.ProjectManager), ["version"] = version });

        var page = await PageClient.ParseAsync(response);
        Assert.Contains(page.ErrorSummaryItems(), e => e.StartsWith("A project must keep at least one project manager", StringComparison.Ordinal));
        Assert.Contains(ProjectRole.ProjectManager, (await factory.LoadProjectAsync(team.ProjectId)).RolesOf(team.Manager.Id));
    }

    [Fact]
    public async Task AddForm_WithoutChoices_ShowsBothErrors()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var add = await manager.GetAsync($"/projects/{team.ProjectId}/team/add");
        var response = await manager.SubmitAsync(add, PostForm, new() { ["Input.PersonId"] = Guid.NewGuid().ToString() });

        Assert.Equal(["Select a person from the list", "Select a role"], (await PageClient.ParseAsync(response)).ErrorSummaryItems());
    }

    [Fact]
    public async Task ChangingDetails_MakesPredictiveItemsApply()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/1");
        await manager.SubmitAsync(stage, "form[action*=Advance]", []);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);

        var details = await manager.GetAsync($"/projects/{team.ProjectId}/details");
        var saved = await manager.SubmitAsync(details, PostForm, new() { ["Input.Name"] = "Renamed dashboard", ["Input.Characteristics"] = "predictive" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/2");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));
        Assert.Contains("2.3 ‘Confirm the extra conditions for predictive tools’ is done", refused.ErrorSummaryItems());
        Assert.Equal("Renamed dashboard", (await factory.LoadProjectAsync(team.ProjectId)).Name);
    }

    [Fact]
    public async Task Details_WithOverlongNameOrUnknownOption_AreRefused()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var details = await manager.GetAsync($"/projects/{team.ProjectId}/details");
        var response = await manager.SubmitAsync(details, PostForm, new() { ["Input.Name"] = new string('n', 201), ["Input.Characteristics"] = "telepathic" });

        Assert.Equal(["Project name must be 200 characters or fewer", "Select only the options listed"], (await PageClient.ParseAsync(response)).ErrorSummaryItems());
    }

    [Fact]
    public async Task Details_AfterTheSolutionIsChosen_ShowWhatItDecidedAsText_AndKeepItWhenSaved()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 4);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var details = await manager.GetAsync($"/projects/{team.ProjectId}/details");

        Assert.Empty(details.QuerySelectorAll("input[disabled]"));
        Assert.Null(details.QuerySelector("input[type=checkbox][value=predictive]"));
        Assert.Equal(["It will make predictions: yes", "A third party will build or run it: no"],
            details.QuerySelectorAll("#characteristics-locked li").Select(li => li.TextContent.Trim()));
        var saved = await manager.SubmitAsync(details, PostForm, new() { ["Input.Name"] = "Renamed forecast" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.True(project.IsPredictive);
        Assert.Equal("Renamed forecast", project.Name);
    }

    [Fact]
    public async Task Details_TheDayWorkBegan_IsShownAndChanged_ButNotMovedAfterARecordItAlreadyHolds()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 5);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var details = await manager.GetAsync($"/projects/{team.ProjectId}/details");
        Assert.Equal(TestProjectSetup.WorkBegan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), details.QuerySelector("#Input_WorkBeganOn_Year")!.GetAttribute("value"));
        var earliest = (await factory.LoadProjectAsync(team.ProjectId)).EarliestDatedRecord;

        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(details, PostForm, new()
        {
            ["Input.WorkBeganOn.Day"] = "1",
            ["Input.WorkBeganOn.Month"] = "1",
            ["Input.WorkBeganOn.Year"] = "2100",
        }));
        Assert.Contains(refused.ErrorSummaryItems(), e => e.Contains("in the future", StringComparison.Ordinal));

        var saved = await manager.SubmitAsync(details, PostForm, new()
        {
            ["Input.WorkBeganOn.Day"] = "2",
            ["Input.WorkBeganOn.Month"] = "1",
            ["Input.WorkBeganOn.Year"] = "2023",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateOnly(2023, 1, 2), (await factory.LoadProjectAsync(team.ProjectId)).WorkBeganOn);
        if (earliest is { } first)
        {
            var late = first.AddDays(1);
            var tooLate = await PageClient.ParseAsync(await manager.SubmitAsync(await manager.GetAsync($"/projects/{team.ProjectId}/details"), PostForm, new()
            {
                ["Input.WorkBeganOn.Day"] = late.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.WorkBeganOn.Month"] = late.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.WorkBeganOn.Year"] = late.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
            Assert.Contains(tooLate.ErrorSummaryItems(), e => e.Contains("so work cannot have begun after it", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ADatedRecordBeforeWorkBegan_IsRefusedWithWhereToChangeIt()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 4);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var before = TestProjectSetup.WorkBegan.AddDays(-1);
        var form = await manager.GetAsync($"/projects/{team.ProjectId}/oversight/meetings/new");

        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new()
        {
            ["Input.HeldOn.Day"] = before.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.HeldOn.Month"] = before.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.HeldOn.Year"] = before.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Attendees"] = "Olu Oversight, the project manager",
            ["Input.Decisions"] = "Agreed to look at the idea.",
        }));

        Assert.Contains(page.ErrorSummaryItems(), e => e.Contains("is before the day work on the project began", StringComparison.Ordinal));
    }
}
