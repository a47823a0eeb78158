using Lifecycle.Application.Portfolio;
using Lifecycle.Domain.Framework;
using Lifecycle.Infrastructure.Seeding;

namespace Lifecycle.Web.Tests.Portfolio;

/// <summary>
/// Issue 14: the portfolio reads a few columns instead of whole projects, and pages in the database; its answers must
/// be the aggregate's (status, stage, next review) and the same whichever path (database paging or in memory) served them.
/// </summary>
public sealed class PortfolioQueryTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryRow_AgreesWithTheAggregate_AndDatabasePagesMatchTheInMemoryList()
    {
        await factory.WithScopeAsync(sp => sp.GetRequiredService<ScaleSeeder>()
            .SeedAsync(new ScaleSeedRequest(Organisations: 1, Projects: 120, LargestOrganisationProjects: 120, AuditEntries: 1), _ => { }, CancellationToken.None));
        var (organisationId, managerId) = await factory.WithDbAsync(async db =>
        {
            var manager = await db.Users.SingleAsync(u => u.Email == ScaleSeeder.EmailOf(0, ScaleRole.Manager));
            return (manager.OrganisationId, manager.Id);
        });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Task<IReadOnlyList<PortfolioRow>> AllAsync(PortfolioFilter filter) =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<GetPortfolio>().ForAsync(organisationId, managerId, false, filter, today, CancellationToken.None));
        Task<PortfolioPage> PageAsync(PortfolioFilter filter, int page) =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<GetPortfolio>().PageAsync(organisationId, managerId, false, filter, today, page, CancellationToken.None));

        var everything = await AllAsync(PortfolioFilter.None);
        Assert.Equal(120, everything.Count);
        foreach (var row in everything.Where((_, i) => i % 7 == 0))
        {
            var project = await factory.LoadProjectAsync(row.ProjectId);
            Assert.Equal((project.Name, project.CurrentStage.Number, project.Status, project.NextReviewDue, project.CurrentStageProgress.EnteredAt),
                (row.Name, row.CurrentStage.Number, row.Status, row.NextReviewDue, row.StageEnteredAt));
        }

        PortfolioFilter[] filters =
        [
            PortfolioFilter.None,
            new(Sort: PortfolioSort.Stage),
            new(Phase: Phase.Develop),
            new(Stage: 9, Status: ProjectStatus.Active),
            new(Status: ProjectStatus.OnHold),
            new(Search: "dashboard", Sort: PortfolioSort.Stage),
        ];
        foreach (var filter in filters)
        {
            var expected = await AllAsync(filter);
            var first = await PageAsync(filter, 1);
            var second = await PageAsync(filter, 2);
            Assert.Equal(expected.Count, first.Matching);
            var shown = first.PageCount > 1 ? first.Rows.Concat(second.Rows) : first.Rows; // past the last page gives the last page again
            Assert.Equal(expected.Select(r => r.ProjectId).Take(100), shown.Select(r => r.ProjectId));
        }

        var counts = (await PageAsync(PortfolioFilter.None, 1)).MatchingByPhase;
        Assert.Equal(Enum.GetValues<Phase>().Select(phase => everything.Count(r => r.CurrentStage.Phase == phase)), counts.Values);
    }
}
