using System.Xml.Linq;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Tests.Charts;

/// <summary>Issue 15: the overview's at-a-glance block, and the charts on the results pages, for a new project and a live one.</summary>
public sealed class ProjectChartPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task Overview_OfANewProject_SaysWhatTheGateStillNeeds_AndThatThereAreNoResultsYet()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var page = await viewer.GetAsync($"/projects/{team.ProjectId}");

        var glance = page.QuerySelector("#at-a-glance")!;
        Assert.StartsWith("The group is asked to review progress in Stage 1: Problem identification:", glance.QuerySelector("#glance-ask")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(glance.QuerySelectorAll("#glance-missing li"));
        Assert.Equal("None asked for yet.", glance.QuerySelector("#glance-sign-offs")!.TextContent.Trim());
        Assert.Equal("No test or monitoring results yet.", glance.QuerySelector("#glance-results-summary")!.TextContent.Trim());
        Assert.Null(glance.QuerySelector("svg"));
    }

    [Fact]
    public async Task TheKeptAtAGlanceBlock_IsWorkedOutAgainAfterAChange()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        Assert.Equal("None.", (await viewer.GetAsync($"/projects/{team.ProjectId}")).QuerySelector("#glance-challenges")!.TextContent.Squash());

        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.RecordFeedback(Lifecycle.Domain.Engagement.FeedbackKind.Challenge, null, DateOnly.FromDateTime(DateTime.UtcNow), "A referral decision", "Why was the tool used?",
                new Actor(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.StartsWith("F1 A referral decision", (await viewer.GetAsync($"/projects/{team.ProjectId}")).QuerySelector("#glance-challenges")!.TextContent.Squash(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveProject_OverviewShowsTheLatestReviewChart_AndTheTestingPageEachRunAndTheTrend()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(team);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var overview = await viewer.GetAsync($"/projects/{team.ProjectId}");
        var glance = overview.QuerySelector("#at-a-glance")!;
        Assert.Contains("Business case: Approved", glance.QuerySelector("#glance-sign-offs")!.TextContent.Squash(), StringComparison.Ordinal);
        Assert.Contains("Go-live: Approved", glance.QuerySelector("#glance-sign-offs")!.TextContent.Squash(), StringComparison.Ordinal);
        Assert.Equal("Monitoring review 1: meets every accuracy threshold.", glance.QuerySelector("#glance-results-summary")!.TextContent.Squash());
        Assert.Contains("R1 Bias against minority families (high)", glance.QuerySelector("#glance-risks")!.TextContent, StringComparison.Ordinal);
        var chart = glance.QuerySelector("figure#glance-results")!;
        Assert.Equal("Monitoring review 1: precision, recall and accuracy by group", chart.QuerySelector("svg title")!.TextContent);
        Assert.Equal("Overall", chart.QuerySelector("table tbody th")!.TextContent);

        var testing = await viewer.GetAsync($"/projects/{team.ProjectId}/testing");
        Assert.NotNull(testing.QuerySelector("figure#run-1-chart svg[role=img]"));
        var trend = testing.QuerySelector("figure#results-trend")!;
        Assert.Equal(["Alpha 1", "Beta 2", "Review 1"], trend.QuerySelectorAll("table tbody th").Select(th => th.TextContent));
        var svg = XElement.Parse(trend.QuerySelector("svg")!.OuterHtml);
        Assert.Equal(["Alpha 1", "Beta 2", "Review 1"], ChartSvg.Marked(svg, "x-label").Select(l => l.Value));

        var monitoring = await viewer.GetAsync($"/projects/{team.ProjectId}/monitoring");
        Assert.NotNull(monitoring.QuerySelector("figure#review-1-chart svg[role=img]"));
    }

    [Fact]
    public async Task Timeline_DrawsEveryStageVisit_GoLiveAndTheReview_InsideThePlot()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(team);
        var project = await factory.LoadProjectAsync(team.ProjectId);

        var chart = TimelineChart.For("timeline", project, DateTime.UtcNow);
        var svg = ChartSvg.Parse(chart);

        ChartSvg.AssertAccessible(svg, "Lifecycle timeline of Early help dashboard", "From ");
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"stage-{n}"), ChartSvg.MarkedStartingWith(svg, "stage-").Select(b => (string)b.Attribute("data-mark")!).Where(m => !m.EndsWith("-current", StringComparison.Ordinal) && m != "stage-label").Distinct().Order());
        Assert.Single(ChartSvg.Marked(svg, "stage-9-current"));
        Assert.Single(ChartSvg.Marked(svg, "go-live"));
        Assert.Equal("Review 1", (string?)ChartSvg.Marked(svg, "review").Single().Attribute("data-value"));
        Assert.All(ChartSvg.MarkedStartingWith(svg, "stage-").Where(b => b.Name.LocalName == "rect"), bar =>
        {
            Assert.InRange(ChartSvg.Number(bar, "x"), 210, 650);
            Assert.InRange(ChartSvg.Number(bar, "x") + ChartSvg.Number(bar, "width"), 210, 653);
        });
        Assert.Contains(chart.Rows, row => row[0] == "Go-live" && row[1] == Lifecycle.Web.Display.UkTime.Date(project.WentLiveOn!.Value));
        Assert.Contains(chart.Rows, row => row[0] == "Stage 9: Deployment and monitoring" && row[2] == "in progress");
    }

    [Fact]
    public async Task Timeline_OfALongLivedTool_LabelsOnlyReviewsWithRoom_AndListsThemAsOneRow()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(team);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        for (var number = 2; number <= 20; number++)
        {
            var on = project.MonitoringReviews[^1].ReviewedOn.AddDays(1);
            project.RecordMonitoringReview(new Lifecycle.Domain.Monitoring.MonitoringReviewDetails(on, "Checked.", "Complete.", "Not needed.", "No concerns.",
                    number == 7 ? Lifecycle.Domain.Monitoring.ReviewOutcome.Adapt : Lifecycle.Domain.Monitoring.ReviewOutcome.Continue, number == 7 ? "Drift in the under 5s." : null),
                [new("Under 5s", 58, 15, 148, 13), new("5 to 11", 72, 16, 178, 15), new("12 to 17", 61, 19, 138, 17)], new Actor(team.Practitioner.Id, team.Practitioner.Name), DateTime.UtcNow);
        }

        var chart = TimelineChart.For("timeline", project, DateTime.UtcNow);
        var svg = ChartSvg.Parse(chart);

        Assert.Equal(20, ChartSvg.Marked(svg, "review").Count());
        var labels = ChartSvg.Marked(svg, "review-label").Select(l => (Text: l.Value, X: ChartSvg.Number(l, "x"))).ToList();
        Assert.Equal("R20", labels.MaxBy(l => l.X).Text);
        Assert.InRange(labels.Count, 2, 19);
        Assert.All(labels.OrderBy(l => l.X).Zip(labels.OrderBy(l => l.X).Skip(1)), pair => Assert.True(pair.Second.X - pair.First.X >= 24, $"{pair.First.Text} and {pair.Second.Text} overlap"));
        var reviews = Assert.Single(chart.Rows, row => row[0].StartsWith("Monitoring review", StringComparison.Ordinal));
        Assert.Equal(["Monitoring reviews (20)", Lifecycle.Web.Display.UkTime.Date(project.MonitoringReviews[0].ReviewedOn), Lifecycle.Web.Display.UkTime.Date(project.MonitoringReviews[^1].ReviewedOn), "Outcomes: Continue: 19, Adapt: 1"], reviews);
    }
}

internal static class TextSquash
{
    public static string Squash(this string text) => System.Text.RegularExpressions.Regex.Replace(text, "\\s+", " ").Trim();
}
