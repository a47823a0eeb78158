using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Audit;
using Lifecycle.Application.Caching;
using Lifecycle.Application.Portfolio;
using Lifecycle.Application.Projects;
using Lifecycle.Web.Api;
using Lifecycle.Web.Display;
using Lifecycle.Web.Exports.Pack;
using Microsoft.AspNetCore.TestHost;

namespace Lifecycle.Web.Tests.Caching;

/// <summary>
/// Issue 28 §1: every kept answer is asked for by two organisations in one scope. Each gets its own answer, asking one
/// organisation for the other's project is never answered from what was kept, and every key names its organisation.
/// </summary>
public sealed class KeptAnswersTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryKeptAnswer_BelongsToTheOrganisationThatAskedForIt()
    {
        var first = await Team.CreateAsync(factory);
        var second = await Team.CreateAsync(factory);
        var pages = new CountingPageTexts();
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IPdfRenderer>(pages)));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        foreach (var team in new[] { first, second, first, second })
        {
            var copy = await services.GetRequiredService<GetProject>().SharedCopyAsync(team.ProjectId, team.OrganisationId, ProjectParts.Stages, CancellationToken.None);
            Assert.Equal(team.ProjectId, copy.Id);
            var version = copy.Version;
            Assert.NotNull(await services.GetRequiredService<AtAGlanceSource>().ForAsync(team.ProjectId, team.OrganisationId, version, today, CancellationToken.None));
            var api = services.GetRequiredService<ApiProjectReader>();
            Assert.Equal(team.ProjectId, (await api.OneAsync(team.OrganisationId, team.ProjectId, CancellationToken.None)).Id);
            Assert.Equal(team.ProjectId, Assert.Single((await api.PageAsync(team.OrganisationId, new PageRequest(1, 20), CancellationToken.None)).Items).Id);
            var trail = await services.GetRequiredService<GetAuditTrail>().PageAsync(team.ProjectId, team.OrganisationId, AuditFilter.None, 1, CancellationToken.None);
            Assert.All(trail.Entries, e => Assert.Equal(team.OrganisationId, e.OrganisationId));
            var portfolio = services.GetRequiredService<KeptPortfolio>();
            Assert.Equal(team.ProjectId, Assert.Single((await portfolio.PageAsync(team.OrganisationId, team.Manager.Id, false, PortfolioFilter.None, today, 1, CancellationToken.None)).Rows).ProjectId);
            Assert.Equal(team.ProjectId, Assert.Single(await portfolio.ForAsync(team.OrganisationId, team.Manager.Id, false, PortfolioFilter.None, today, CancellationToken.None)).ProjectId);
            Assert.Empty(await portfolio.AwaitingAsync(team.OrganisationId, team.Leader.Id, CancellationToken.None));
            var health = services.GetRequiredService<GetTrailHealth>();
            Assert.True((await health.ForProjectAsync(team.ProjectId, team.OrganisationId, "Early help dashboard", CancellationToken.None)).IsSound);
            Assert.True((await health.ForPortfolioAsync(team.OrganisationId, team.Admin.Id, true, CancellationToken.None)).IsSound);
            Assert.NotNull((await services.GetRequiredService<OversightPackExporter>().ExportAsync(team.ProjectId, team.OrganisationId, "Test", CancellationToken.None)).Pdf);
        }

        Assert.Equal(2, pages.Drafts); // each organisation's pack laid out once, then its pages kept

        // The second organisation asks about the first's project: nothing kept for the first is handed over.
        await Assert.ThrowsAsync<NotFoundException>(() => services.GetRequiredService<GetProject>().SharedCopyAsync(first.ProjectId, second.OrganisationId, ProjectParts.Stages, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => services.GetRequiredService<ApiProjectReader>().OneAsync(second.OrganisationId, first.ProjectId, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => services.GetRequiredService<OversightPackExporter>().ExportAsync(first.ProjectId, second.OrganisationId, "Test", CancellationToken.None));
        Assert.Empty((await services.GetRequiredService<GetAuditTrail>().PageAsync(first.ProjectId, second.OrganisationId, AuditFilter.None, 1, CancellationToken.None)).Entries);
        Assert.False((await services.GetRequiredService<GetTrailHealth>().ForProjectAsync(first.ProjectId, second.OrganisationId, "Early help dashboard", CancellationToken.None)).IsSound);

        var keys = services.GetRequiredService<KeptAnswers>().Keys;
        foreach (var kind in KeptKind.All)
        {
            var ofKind = keys.Where(k => k.StartsWith(kind.Name + ":", StringComparison.Ordinal)).ToList();
            Assert.True(ofKind.Count > 0, $"Nothing of kind {kind.Name} was kept: add it to this test.");
            foreach (var team in new[] { first, second })
            {
                Assert.Contains(ofKind, k => k.StartsWith($"{kind.Name}:{team.OrganisationId:N}:", StringComparison.Ordinal));
            }
        }

        Assert.All(keys, k => Assert.True(k.Contains($":{first.OrganisationId:N}:", StringComparison.Ordinal) || k.Contains($":{second.OrganisationId:N}:", StringComparison.Ordinal), k));
    }

    [Fact]
    public async Task ASharedCopy_RefusesAnyChange()
    {
        var team = await Team.CreateAsync(factory);
        var copy = await factory.WithScopeAsync(services => services.GetRequiredService<GetProject>().SharedCopyAsync(team.ProjectId, team.OrganisationId, ProjectParts.Stages, CancellationToken.None));

        var refusal = Assert.Throws<InvalidOperationException>(() =>
            copy.ChangeDetails(copy.CurrentDetails with { Name = "Renamed on a shared copy" }, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow));
        Assert.Contains("shared by the pages that show it", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(copy.PendingChanges);
    }

    [Fact]
    public void EveryKey_StartsWithItsKindAndOrganisation()
    {
        var organisation = Guid.NewGuid();
        var keys = new[]
        {
            KeptKeys.ProjectCopy(organisation, Guid.NewGuid(), Guid.NewGuid(), ProjectParts.All).Text,
            KeptKeys.ProjectAnswer<AtAGlance>(organisation, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 12, 8)).Text,
            KeptKeys.AuditPage(organisation, Guid.NewGuid(), null, new AuditFilter("a:b"), 1).Text,
            KeptKeys.Portfolio<PortfolioPage>(organisation, "digest", "question").Text,
            KeptKeys.TrailHealth(organisation, Guid.NewGuid()).Text,
            KeptKeys.PackPages(organisation, "fingerprint").Text,
        };

        Assert.Equal(KeptKind.All.Select(k => $"{k.Name}:{organisation:N}:"), keys.Select(k => k[..(k.IndexOf(':', StringComparison.Ordinal) + 34)]));
        Assert.DoesNotContain("a:b", keys[2], StringComparison.Ordinal); // free text is escaped, so it cannot pose as another part
    }

    /// <summary>Prints without a browser: one page per section, and counts the drafts laid out for page numbers.</summary>
    private sealed class CountingPageTexts : IPdfRenderer
    {
        private int drafts;

        public int Drafts => drafts;

        public PdfAvailability Availability => new(true, "Test renderer");

        public Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken) => Task.FromResult("%PDF-1.7 test"u8.ToArray());

        public Task<IReadOnlyList<string>> PageTextsAsync(string html, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref drafts);
            return Task.FromResult<IReadOnlyList<string>>(["Contents"]);
        }
    }
}
