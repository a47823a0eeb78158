using System.Globalization;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class GovernanceTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task Dpia_IsRecordedWithDates_AndShowsInTheRegister()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/impact-assessments/data-protection");
        var saved = await practitioner.SubmitAsync(form, PostForm, new()
        {
            ["Input.Status"] = "Complete",
            ["Input.Owner"] = "Data protection officer",
            ["Input.Reference"] = "DPIA-2026-14",
            ["Input.CompletedOn.Day"] = Today.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.CompletedOn.Month"] = Today.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.CompletedOn.Year"] = Today.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.NextReviewOn.Day"] = Today.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.NextReviewOn.Month"] = Today.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.NextReviewOn.Year"] = (Today.Year + 1).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var register = (await practitioner.GetAsync($"/projects/{team.ProjectId}/impact-assessments")).QuerySelector("#assessments")!.TextContent;
        Assert.Contains(Today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), register, StringComparison.Ordinal);
        Assert.Contains("DPIA-2026-14", register, StringComparison.Ordinal);
        var dpia = (await factory.LoadProjectAsync(team.ProjectId)).StandardAssessment(ImpactAssessmentKind.DataProtection)!;
        Assert.Equal((ImpactAssessmentStatus.Complete, Today.AddYears(1)), (dpia.Status, dpia.NextReviewOn));
    }

    [Fact]
    public async Task ImpactAssessment_WithBadDatesOrNoReason_IsRefused_AndUnknownKeysAre404()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/impact-assessments/equality");
        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new()
        {
            ["Input.Status"] = "NotRequired",
            ["Input.CompletedOn.Day"] = "31",
            ["Input.CompletedOn.Month"] = "2",
            ["Input.CompletedOn.Year"] = "2026",
        }));

        Assert.Equal(["Enter why the assessment is not required", "Date completed must be a real date, like 27 3 2026"], page.ErrorSummaryItems());
        Assert.Equal("31", page.QuerySelector("#Input_CompletedOn")!.GetAttribute("value"));
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).ImpactAssessments);
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/impact-assessments/astrology")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/impact-assessments/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task AnotherAssessment_CanBeAddedByName()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/impact-assessments/new");
        var missing = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Status"] = "InProgress" }));
        Assert.Equal(["Enter the name of the assessment"], missing.ErrorSummaryItems());

        await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Title"] = "Community impact assessment", ["Input.Status"] = "InProgress" });
        var other = Assert.Single((await factory.LoadProjectAsync(team.ProjectId)).ImpactAssessments);
        Assert.Equal("Community impact assessment", other.Title);
        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/impact-assessments/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task OversightGroup_MembersAndMeetings()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var add = await manager.GetAsync($"/projects/{team.ProjectId}/oversight/members/new");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(add, PostForm, new() { ["Input.Name"] = "" }));
        Assert.Equal(["Enter the member's name", "Select whether the member is internal, external or independent"], refused.ErrorSummaryItems());
        await manager.SubmitAsync(add, PostForm, new() { ["Input.Name"] = "Dr Ada Ethics", ["Input.MemberOrganisation"] = "University of Leeds", ["Input.Standing"] = "Independent" });

        var meeting = await manager.GetAsync($"/projects/{team.ProjectId}/oversight/meetings/new");
        var badDate = await PageClient.ParseAsync(await manager.SubmitAsync(meeting, PostForm, new() { ["Input.HeldOn.Day"] = "40", ["Input.HeldOn.Month"] = "1", ["Input.HeldOn.Year"] = "2026", ["Input.Attendees"] = "Ada", ["Input.Decisions"] = "Go" }));
        Assert.Equal(["The date of the meeting must be a real date, like 27 3 2026"], badDate.ErrorSummaryItems());
        await manager.SubmitAsync(meeting, PostForm, new() { ["Input.HeldOn.Day"] = Today.Day.ToString(CultureInfo.InvariantCulture), ["Input.HeldOn.Month"] = Today.Month.ToString(CultureInfo.InvariantCulture), ["Input.HeldOn.Year"] = Today.Year.ToString(CultureInfo.InvariantCulture), ["Input.Attendees"] = "Ada, Priya", ["Input.Decisions"] = "Proceed to the triage" });

        var page = await manager.GetAsync($"/projects/{team.ProjectId}/oversight");
        Assert.Contains("Dr Ada Ethics", page.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Proceed to the triage", page.QuerySelector("#meetings")!.TextContent, StringComparison.Ordinal);

        var removed = await manager.SubmitAsync(page, "form[action*=Remove]", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Empty(project.OversightMembers);
        Assert.Single(project.OversightMeetings);
    }

    [Fact]
    public async Task Viewer_CannotChangeGovernanceRecords()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/oversight")).StatusCode);
        Assert.Contains("access-denied", (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/oversight/members/new")).Location(), StringComparison.Ordinal);
        Assert.Contains("access-denied", (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/impact-assessments/data-protection")).Location(), StringComparison.Ordinal);
    }
}
