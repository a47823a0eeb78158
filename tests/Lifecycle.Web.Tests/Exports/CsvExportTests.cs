using System.Text;
using Lifecycle.Web.Exports.Csv;

namespace Lifecycle.Web.Tests.Exports;

public sealed class CsvExportTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Plain, with comma", "\"Plain, with comma\"")]
    [InlineData("Line one\nline two", "\"Line one\nline two\"")]
    [InlineData("Gŵyl Dewi", "Gŵyl Dewi")]
    [InlineData(null, "")]
    public void Cell_NeutralisesFormulasAndQuotesSeparators(string? value, string expected) =>
        Assert.Equal(expected, CsvDocument.Cell(value));

    [Fact]
    public async Task RiskLog_DownloadsAsCsv_WithFormulaCellsNeutralised()
    {
        var team = await Team.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var project = await Application.Projects.ProjectQueries.LoadAsync(db.Projects, team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.AddRisk(new("=1+2 formula in title", "Ŵ welsh, with comma", null, 4, 5, "@owner", "-mitigation", Domain.Risks.RiskStatus.Open, new DateOnly(2020, 1, 1)),
                new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        Assert.NotNull((await viewer.GetAsync($"/projects/{team.ProjectId}/risks")).QuerySelector("#download-risks"));

        var response = await viewer.GetResponseAsync($"/projects/{team.ProjectId}/risks/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Number,Title,Description", lines[0], StringComparison.Ordinal);
        Assert.Equal("R1,'=1+2 formula in title,\"Ŵ welsh, with comma\",,4,5,20,Very high,'@owner,'-mitigation,Open,2020-01-01,Yes,", lines[1][..^16]);
    }

    [Fact]
    public async Task Portfolio_DownloadsTheProjectsThePersonCanSee()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var response = await viewer.GetResponseAsync("/projects/csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches("^projects-portfolio-.*\\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Project,Phase,Current stage,Status,In this stage since,Your roles,Next monitoring review", lines[0]);
        Assert.StartsWith("Early help dashboard,Explore,Stage 1: Problem identification,Active,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",Viewer,", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }
}
