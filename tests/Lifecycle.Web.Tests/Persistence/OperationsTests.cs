using Lifecycle.Infrastructure.Persistence;
using Lifecycle.Infrastructure.Seeding;

namespace Lifecycle.Web.Tests.Persistence;

public sealed class OperationsTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase()
    {
        var organisation = await factory.OrganisationAsync("Keys Council");
        var person = await factory.PersonAsync(organisation, "Kim Keys");
        await PageClient.SignedInAsync(factory, person);

        Assert.True(await factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task DemoOrganisation_IsSeededOnlyWhenAskedAndOnlyOnce()
    {
        // The test host runs as "Testing": start-up must not have seeded anything.
        Assert.False(await factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == DemoAccounts.OrganisationName)));

        await factory.WithScopeAsync(async sp => { await sp.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None); return 0; });
        await factory.WithScopeAsync(async sp => { await sp.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None); return 0; });

        var people = await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("@demo.lifecycle.test")));
        Assert.Equal(DemoAccounts.All.Count, people);
        var demo = await factory.WithDbAsync(db => db.Projects.Include(p => p.Members).SingleAsync(p => p.Name == "Early help needs dashboard"));
        Assert.Equal(5, demo.Members.Select(m => m.Role).Distinct().Count());

        var live = await factory.WithDbAsync(async db => await Lifecycle.Application.Projects.ProjectQueries.LoadAsync(
            db.Projects, await db.Projects.Where(p => p.Name == "Early help demand forecast").Select(p => p.Id).SingleAsync(), demo.OrganisationId, CancellationToken.None));
        Assert.Equal(Lifecycle.Domain.Projects.Project.MonitoringStage, live.CurrentStage.Number);
        Assert.Equal(Lifecycle.Domain.Monitoring.ReviewTiming.DueSoon,
            Lifecycle.Domain.Monitoring.MonitoringSchedule.TimingOf(live.NextReviewDue!.Value, DateOnly.FromDateTime(DateTime.UtcNow)));
    }
}
