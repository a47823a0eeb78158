using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Lifecycle.Web.Tests.Security;

public sealed class IdentityTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task WrongPassword_ShowsOneGenericError()
    {
        var organisation = await factory.OrganisationAsync("Identity Council");
        var person = await factory.PersonAsync(organisation, "Lee Lockout");
        var client = PageClient.For(factory);

        var response = await SignInAsync(client, person.Email, "not the password at all");

        var page = await PageClient.ParseAsync(response);
        Assert.Equal(["Enter a correct email address and password."], page.ErrorSummaryItems());
        Assert.Equal(string.Empty, page.QuerySelector("#Input_Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AddedPerson_SetsATwelveCharacterPasswordWithoutCompositionRules()
    {
        var organisation = await factory.OrganisationAsync("Identity Council");
        var admin = await factory.PersonAsync(organisation, "Ada Admin", isAdministrator: true);
        var client = await PageClient.SignedInAsync(factory, admin);

        var addPage = await client.GetAsync("/organisation/people/add");
        var added = await client.SubmitAsync(addPage, "form[method=post]:not(.app-inline-form)", new()
        {
            ["Input.DisplayName"] = "Nadia New",
            ["Input.Email"] = "nadia.new@council.test",
            ["Input.JobTitle"] = "Analyst",
            ["Input.IsAdministrator"] = "no",
        });
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await PageClient.ParseAsync(added)).ErrorSummaryItems()));
        var people = await client.GetAsync("/organisation/people");
        var link = new Uri(people.QuerySelector("#invitation-link")!.TextContent.Trim());

        var newcomer = PageClient.For(factory);
        var invitation = await newcomer.GetAsync(link.PathAndQuery);
        var tooShort = await newcomer.SubmitAsync(invitation, "form[method=post]:not(.app-inline-form)", new() { ["Input.Password"] = "elevenchars", ["Input.ConfirmPassword"] = "elevenchars" });
        Assert.Equal(["Password must be at least 12 characters"], (await PageClient.ParseAsync(tooShort)).ErrorSummaryItems());
        var guessable = await newcomer.SubmitAsync(invitation, "form[method=post]:not(.app-inline-form)", new() { ["Input.Password"] = "aaaaaaaaaaaa", ["Input.ConfirmPassword"] = "aaaaaaaaaaaa" });
        Assert.Equal([Lifecycle.Infrastructure.Identity.CommonPasswordValidator.Message], (await PageClient.ParseAsync(guessable)).ErrorSummaryItems());

        var accepted = await newcomer.SubmitAsync(invitation, "form[method=post]:not(.app-inline-form)", new() { ["Input.Password"] = "alllowercaseletters", ["Input.ConfirmPassword"] = "alllowercaseletters" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(PageClient.For(factory), "nadia.new@council.test", "alllowercaseletters")).StatusCode);

        var reused = await newcomer.SubmitAsync(invitation, "form[method=post]:not(.app-inline-form)", new() { ["Input.Password"] = "anotherlongpassword", ["Input.ConfirmPassword"] = "anotherlongpassword" });
        Assert.Contains("expired or been used", (await PageClient.ParseAsync(reused)).ErrorSummaryItems().Single(), StringComparison.Ordinal);

        var audit = await client.GetAsync("/organisation/audit");
        Assert.Contains("Nadia New", audit.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAPersonTwice_IsRefusedWithAClearMessage()
    {
        var organisation = await factory.OrganisationAsync("Identity Council");
        var admin = await factory.PersonAsync(organisation, "Ada Admin", isAdministrator: true);
        var client = await PageClient.SignedInAsync(factory, admin);

        var addPage = await client.GetAsync("/organisation/people/add");
        var response = await client.SubmitAsync(addPage, "form[method=post]:not(.app-inline-form)", new()
        {
            ["Input.DisplayName"] = "Ada Again",
            ["Input.Email"] = admin.Email,
            ["Input.IsAdministrator"] = "no",
        });

        Assert.Equal([Lifecycle.Infrastructure.Identity.PeopleAdministration.EmailCannotBeUsed], (await PageClient.ParseAsync(response)).ErrorSummaryItems());
    }

    [Fact]
    public async Task AnEmailTakenInAnotherOrganisation_GetsTheSameNeutralAnswer_RevealingNoAccount()
    {
        var elsewhere = await factory.OrganisationAsync("Elsewhere Council");
        var stranger = await factory.PersonAsync(elsewhere, "Sol Stranger");
        var organisation = await factory.OrganisationAsync("Careful Council");
        var admin = await factory.PersonAsync(organisation, "Cas Admin", isAdministrator: true);
        var client = await PageClient.SignedInAsync(factory, admin);

        var addPage = await client.GetAsync("/organisation/people/add");
        var response = await client.SubmitAsync(addPage, "form[method=post]:not(.app-inline-form)", new()
        {
            ["Input.DisplayName"] = "Sol Stranger",
            ["Input.Email"] = stranger.Email,
            ["Input.IsAdministrator"] = "no",
        });

        var errors = (await PageClient.ParseAsync(response)).ErrorSummaryItems();
        Assert.Equal([Lifecycle.Infrastructure.Identity.PeopleAdministration.EmailCannotBeUsed], errors);
        Assert.DoesNotContain("already has an account", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var organisation = await factory.OrganisationAsync("Identity Council");
        var person = await factory.PersonAsync(organisation, "Sol Signout");
        var client = await PageClient.SignedInAsync(factory, person);

        var home = await client.GetAsync("/");
        await client.SubmitAsync(home, "form[action='/account/sign-out']", []);

        Assert.Contains("/account/sign-in", (await client.GetResponseAsync("/")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACookieCopiedBeforeSignOut_NoLongerWorksAfterIt()
    {
        var organisation = await factory.OrganisationAsync("Identity Council");
        var person = await factory.PersonAsync(organisation, "Cal Copied");
        var jar = new CookieContainer();
        var client = new PageClient(factory.CreateDefaultClient(new CookieContainerHandler(jar)));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, person.Email, TestPeople.Password)).StatusCode);
        var home = await client.GetAsync("/");
        var copied = factory.CreateDefaultClient();
        copied.DefaultRequestHeaders.Add("Cookie", string.Join("; ", jar.GetCookies(factory.Server.BaseAddress).Select(c => $"{c.Name}={c.Value}")));
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync("/")).StatusCode);

        await client.SubmitAsync(home, "form[action='/account/sign-out']", []);

        var replayed = await copied.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/sign-in", replayed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignInAsync(PageClient client, string email, string password)
    {
        var page = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(page, "form[method=post]:not(.app-inline-form)", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}
