using AngleSharp.Html.Dom;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Web.Tests.Portfolio;

/// <summary>The portfolio: 50 projects to a page, filters in the address, counts by phase, and a download of every matching row.</summary>
public sealed class PortfolioPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task SixtyProjects_AreShownFiftyToAPage_InNameOrder_WithGovukPagination()
    {
        var team = await Team.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var manager = new Lifecycle.Domain.Common.Actor(team.Manager.Id, team.Manager.Name);
            db.Projects.AddRange(Enumerable.Range(1, 59).Select(i =>
                Project.Register(Guid.NewGuid(), team.OrganisationId, new ProjectDetails($"Tool {i:00}", null, ApplicabilityFacts.None), manager, DateTime.UtcNow)));
            return await db.SaveChangesAsync();
        });

        var admin = await PageClient.SignedInAsync(factory, team.Admin);
        var first = await admin.GetAsync("/");
        Assert.Equal("60 projects, page 1 of 2", first.QuerySelector(".govuk-table__caption")!.TextContent.Trim());
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Early help dashboard", first.QuerySelector("tbody tr td a")!.TextContent);
        Assert.Equal("/?pageNumber=2", first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
        Assert.Equal("page", first.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-current"));

        var second = await admin.GetAsync("/?pageNumber=2");
        Assert.Equal(10, second.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Tool 59", Names(second)[^1]);
        Assert.Null(second.QuerySelector(".govuk-pagination__next"));

        var pastTheEnd = await admin.GetAsync("/?pageNumber=9");
        Assert.Equal("60 projects, page 2 of 2", pastTheEnd.QuerySelector(".govuk-table__caption")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filters_NarrowTheList_AndTheCountsAndTheDownload_AndNonsenseIsIgnored()
    {
        var team = await Team.CreateAsync(factory);
        var referrals = await factory.ProjectAsync(team.Manager, "Referral triage helper");
        await factory.ProjectAsync(team.Manager, "Placement finder");
        await factory.AdvanceToAsync(team, 5);
        var version = (await factory.LoadProjectAsync(referrals)).Version;
        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ChangeProjectStatusHandler>().HandleAsync(
                new ChangeProjectStatus(referrals, team.OrganisationId, version, new Lifecycle.Domain.Common.Actor(team.Manager.Id, team.Manager.Name), StatusChange.PutOnHold, "Waiting for data"),
                CancellationToken.None);
            return true;
        });
        var admin = await PageClient.SignedInAsync(factory, team.Admin);

        var develop = await admin.GetAsync("/?phase=Develop");
        Assert.Equal(["Early help dashboard"], Names(develop));
        Assert.Equal(["All phases: 3", "Explore: 2", "Develop: 1", "Implement: 0"], develop.QuerySelectorAll("#phase-counts li").Select(li => li.TextContent.Trim()));

        Assert.Equal(["Referral triage helper"], Names(await admin.GetAsync("/?status=OnHold")));
        Assert.Equal(["Placement finder", "Referral triage helper"], Names(await admin.GetAsync("/?stage=1")));
        Assert.Equal(["Placement finder"], Names(await admin.GetAsync("/?q=PLACE")));
        Assert.Equal(["Referral triage helper"], Names(await admin.GetAsync("/?q=%20helper%20")));
        Assert.Equal(["Early help dashboard", "Placement finder", "Referral triage helper"], Names(await admin.GetAsync("/?stage=abc&status=Nope&q=%20")));
        Assert.Equal("Early help dashboard", Names(await admin.GetAsync("/?sort=Stage")).Last());

        var none = await admin.GetAsync("/?q=zzz");
        Assert.NotNull(none.QuerySelector("#no-matches"));
        Assert.NotNull(none.QuerySelector("a[href='/']"));

        var csv = await (await admin.GetResponseAsync("/projects/csv?stage=1")).Content.ReadAsStringAsync();
        Assert.Contains("Placement finder", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Early help dashboard", csv, StringComparison.Ordinal);
        Assert.Contains("phase=Develop", develop.QuerySelector("#download-portfolio")!.GetAttribute("href") ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWithoutARole_SeesNoProjects_AndAFilterCannotWidenWhatTheyMaySee()
    {
        var team = await Team.CreateAsync(factory);
        var other = await factory.PersonAsync(team.OrganisationId, "Olu Outsider");
        var outsider = await PageClient.SignedInAsync(factory, other);

        var home = await outsider.GetAsync("/");
        Assert.Null(home.QuerySelector("table"));
        Assert.Contains("You do not have a role on any project yet", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await outsider.GetAsync("/?status=Active&q=Early")).QuerySelector("tbody tr"));
    }

    private static List<string> Names(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
}
