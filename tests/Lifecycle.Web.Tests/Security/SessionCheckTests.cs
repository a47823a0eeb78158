using System.Net;
using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Web.Tests.Security;

/// <summary>
/// Issue 14: the session is checked on every request in one query, and the cookie is reissued only when something it
/// says has changed; a change still applies on the very next request.
/// </summary>
public sealed class SessionCheckTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string SessionCookie = "lifecycle-session";

    [Fact]
    public async Task AnUnchangedSession_IsNotReissuedOnEveryRequest()
    {
        var person = await factory.PersonAsync(await factory.OrganisationAsync("Session Council"), "Una Unchanged");
        var client = await PageClient.SignedInAsync(factory, person);

        var response = await client.GetResponseAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeingMadeAnAdministrator_AppliesOnTheNextRequest_WithANewCookie()
    {
        var person = await factory.PersonAsync(await factory.OrganisationAsync("Session Council"), "Ari Promoted");
        var client = await PageClient.SignedInAsync(factory, person);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetResponseAsync("/organisation/api-tokens")).StatusCode);

        await ChangePersonAsync(person, p => p.IsOrganisationAdministrator = true);

        var response = await client.GetResponseAsync("/organisation/api-tokens");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SetCookies(response), c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));
        Assert.DoesNotContain(SetCookies(await client.GetResponseAsync("/organisation/api-tokens")), c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LosingTheAdministratorRole_AppliesOnTheNextRequest()
    {
        var person = await factory.PersonAsync(await factory.OrganisationAsync("Session Council"), "Ola Demoted", isAdministrator: true);
        var client = await PageClient.SignedInAsync(factory, person);
        Assert.Equal(HttpStatusCode.OK, (await client.GetResponseAsync("/organisation/api-tokens")).StatusCode);

        await ChangePersonAsync(person, p => p.IsOrganisationAdministrator = false);

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetResponseAsync("/organisation/api-tokens")).StatusCode);
    }

    [Fact]
    public async Task ANewName_IsTheOneUsedOnTheNextRequest()
    {
        var team = await Team.CreateAsync(factory);
        var client = await PageClient.SignedInAsync(factory, team.Viewer);

        await ChangePersonAsync(team.Viewer, p => p.DisplayName = "Vic Newname");

        // The pack says who made it, from the session.
        Assert.Contains("Vic Newname", (await client.GetAsync($"/projects/{team.ProjectId}/pack/preview")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganisationRequiringTwoFactor_AppliesOnTheNextRequest()
    {
        var organisation = await factory.OrganisationAsync("Session Council");
        var person = await factory.PersonAsync(organisation, "Tam Twofactor");
        var client = await PageClient.SignedInAsync(factory, person);

        await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation).ExecuteUpdateAsync(o => o.SetProperty(x => x.RequireTwoFactor, true)));

        var response = await client.GetResponseAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("two-factor", response.Location(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AChangedSecurityStamp_EndsTheSession()
    {
        var person = await factory.PersonAsync(await factory.OrganisationAsync("Session Council"), "Sid Stamped");
        var client = await PageClient.SignedInAsync(factory, person);

        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<Person>>();
            return await users.UpdateSecurityStampAsync((await users.FindByIdAsync(person.Id.ToString()))!);
        });

        Assert.Contains("/account/sign-in", (await client.GetResponseAsync("/")).Location(), StringComparison.Ordinal);
    }

    private Task<int> ChangePersonAsync(TestPerson person, Action<Person> change) =>
        factory.WithDbAsync(async db =>
        {
            change(await db.Users.SingleAsync(p => p.Id == person.Id));
            return await db.SaveChangesAsync();
        });

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];
}
