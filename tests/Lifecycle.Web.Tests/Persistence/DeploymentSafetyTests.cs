using Lifecycle.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Tests.Persistence;

/// <summary>Issue 11, item 13: nothing about a real deployment depends on an environment name alone.</summary>
public sealed class DeploymentSafetyTests
{
    [Fact]
    public async Task InDevelopment_TheDemoIsSeededOnlyWhenDemoSeedIsSwitchedOn()
    {
        await using var off = new DevelopmentFactory(seed: false);
        Assert.False(await off.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == DemoAccounts.OrganisationName)));

        await using var on = new DevelopmentFactory(seed: true);
        Assert.True(await on.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == DemoAccounts.OrganisationName)));
    }

    [Fact]
    public async Task Health_ShowsStatusesToAnyone_ButDescriptionsOnlyToSignedInPeople()
    {
        await using var factory = new LifecycleFactory();
        var anonymous = await (await PageClient.For(factory).GetResponseAsync("/health")).Content.ReadAsStringAsync();

        Assert.Contains("\"database\"", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("reachable", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("/", anonymous.Replace("\\/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var organisation = await factory.OrganisationAsync("Health Council");
        var person = await factory.PersonAsync(organisation, "Hal Health");
        var signedIn = await (await (await PageClient.SignedInAsync(factory, person)).GetResponseAsync("/health")).Content.ReadAsStringAsync();
        Assert.Contains("The database is reachable.", signedIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var factory = new LifecycleFactory();

        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private sealed class DevelopmentFactory(bool seed) : LifecycleFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection([new("Demo:Seed", seed ? "true" : "false")]));
        }
    }
}
