using Lifecycle.Domain.Organisations;
using Lifecycle.Web.Security.SingleSignOn;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;

namespace Lifecycle.Web.Tests.SingleSignOn;

/// <summary>Lifecycle with single sign-on configured for one organisation, against the in-process provider.</summary>
public sealed class SingleSignOnFactory : LifecycleFactory
{
    public static readonly Guid OrganisationId = Guid.Parse("5f0c7a43-0d8e-4f4b-9b59-2f3c4d3f9a11");

    public TestOpenIdProvider Provider { get; } = TestOpenIdProvider.StartAsync().GetAwaiter().GetResult();

    public static string Scheme => "sso-" + OrganisationId.ToString("N");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var prefix = $"SingleSignOn:Organisations:{OrganisationId}:";
        builder.UseSetting(prefix + "Authority", TestOpenIdProvider.Issuer);
        builder.UseSetting(prefix + "ClientId", TestOpenIdProvider.ClientId);
        builder.UseSetting(prefix + "ClientSecret", TestOpenIdProvider.ClientSecret);
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(Scheme, options =>
        {
            options.BackchannelHttpHandler = Provider.Handler;
            options.RequireHttpsMetadata = false;
        }));
        Provider.AllowedRedirectUri = $"http://localhost/signin-oidc/{OrganisationId:N}";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// Issue 12: "Sign in with your council account" signs in only people an administrator invited, matched
/// on a verified email the first time and on the account's id after that; anything tampered is refused.
/// </summary>
public sealed class SingleSignOnTests : IClassFixture<SingleSignOnFactory>
{
    private readonly SingleSignOnFactory _factory;

    public SingleSignOnTests(SingleSignOnFactory factory)
    {
        _factory = factory;
        _factory.WithDbAsync(async db =>
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == SingleSignOnFactory.OrganisationId))
            {
                db.Organisations.Add(Organisation.Create(SingleSignOnFactory.OrganisationId, "Northshire County Council", null, DateTime.UtcNow, [], requireTwoFactor: true));
                await db.SaveChangesAsync();
            }

            return 0;
        }).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task TheSignInPage_OffersTheCouncilAccount()
    {
        var page = await PageClient.For(_factory).GetAsync("/account/sign-in");
        var button = Assert.Single(page.QuerySelectorAll("form.app-sso-form button"));
        Assert.Equal("Sign in with your council account (Northshire County Council)", button.TextContent.Trim());
    }

    [Fact]
    public async Task AnInvitedPerson_IsSignedIn_LinkedByAccountId_AndNotAskedForLifecyclesOwnSecondFactor()
    {
        var person = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Ines Invited");
        var browser = PageClient.For(_factory);

        var landed = await SignInWithCouncilAccountAsync(browser, new ProviderAccount("entra-oid-ines", person.Email.ToUpperInvariant(), true, "Ines Invited"));

        Assert.Equal("/", landed);
        var home = await browser.GetResponseAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetResponseAsync("/")).StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.UserLogins.CountAsync(l => l.UserId == person.Id && l.ProviderKey == "entra-oid-ines" && l.LoginProvider == SingleSignOnFactory.Scheme)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Kind == "SingleSignOnLinked" && e.Subject == "Ines Invited")));

        // Next time the account id is enough, even if the provider now gives another address.
        var again = PageClient.For(_factory);
        Assert.Equal("/", await SignInWithCouncilAccountAsync(again, new ProviderAccount("entra-oid-ines", "ines.new.name@northshire.test", true, "Ines Invited")));
    }

    [Fact]
    public async Task AProviderThatGivesTheEmailOnlyFromUserInfo_SignsTheInvitedPersonIn()
    {
        var person = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Uma Userinfo");

        var landed = await SignInWithCouncilAccountAsync(PageClient.For(_factory), new ProviderAccount("sub-uma", person.Email, true, "Uma Userinfo", EmailOnlyFromUserInfo: true));

        Assert.Equal("/", landed);
    }

    [Fact]
    public async Task TheSignInPage_MaySendItsFormOnToTheProvider_ButEveryOtherPageOnlyToLifecycle()
    {
        var browser = PageClient.For(_factory);

        var signIn = (await browser.GetResponseAsync("/account/sign-in")).Headers.GetValues("Content-Security-Policy").Single();
        var elsewhere = (await browser.GetResponseAsync("/account/forgot-password")).Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("form-action 'self' https://provider.test;", signIn, StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", elsewhere, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganisationsSettings_ShowTheIdTheSettingsNeed_AndTheRedirectUriToRegister()
    {
        var admin = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Ada Admin", isAdministrator: true);
        var browser = PageClient.For(_factory);
        await SignInWithCouncilAccountAsync(browser, new ProviderAccount("sub-ada-admin", admin.Email, true, "Ada Admin"));

        var settings = await browser.GetAsync("/organisation/settings");

        Assert.Equal(SingleSignOnFactory.OrganisationId.ToString("N"), settings.QuerySelector("#settings-id")!.TextContent);
        Assert.Equal($"http://localhost/signin-oidc/{SingleSignOnFactory.OrganisationId:N}", settings.QuerySelector("#redirect-uri")!.TextContent);
    }

    [Theory]
    [InlineData("http://login.council.test/v2.0", false, true)]
    [InlineData("http://localhost:5055/", false, true)]
    [InlineData("http://localhost:5055/", true, false)]
    [InlineData("http://login.council.test/", true, true)]
    [InlineData("https://login.council.test/v2.0", false, false)]
    public void AProviderAddress_MustBeHttps_ExceptOnThisMachineInDevelopmentWhenAllowed(string authority, bool allowLoopbackHttp, bool refused)
    {
        var provider = new SingleSignOnProvider { Authority = authority, ClientId = "lifecycle", ClientSecret = "secret" };

        var problems = provider.Problems(SingleSignOnFactory.OrganisationId, allowLoopbackHttp).ToList();

        Assert.Equal(refused, problems.Any(p => p.Contains("Authority must start https://", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SomeoneNobodyInvited_IsRefusedWithAPageThatSaysSo_AndIsNotSignedIn()
    {
        var browser = PageClient.For(_factory);

        var landed = await SignInWithCouncilAccountAsync(browser, new ProviderAccount("entra-oid-stranger", "stranger@northshire.test", true, "Stan Stranger"));

        Assert.Equal("/account/sign-in/sso?problem=notinvited", landed);
        var page = await browser.GetAsync(landed);
        Assert.Equal("You have not been added to Lifecycle", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/")).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "stranger@northshire.test")));
    }

    [Fact]
    public async Task APersonOfAnotherOrganisation_CannotSignInThroughThisOrganisationsProvider()
    {
        var other = await _factory.OrganisationAsync("Southshire Council");
        var outsider = await _factory.PersonAsync(other, "Olly Outsider");
        var browser = PageClient.For(_factory);

        Assert.Equal("/account/sign-in/sso?problem=notinvited",
            await SignInWithCouncilAccountAsync(browser, new ProviderAccount("entra-oid-olly", outsider.Email, true, "Olly Outsider")));
    }

    [Fact]
    public async Task AnUnverifiedEmail_IsNotEnoughToMatch()
    {
        var person = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Una Unverified");
        var browser = PageClient.For(_factory);

        Assert.Equal("/account/sign-in/sso?problem=emailnotverified",
            await SignInWithCouncilAccountAsync(browser, new ProviderAccount("entra-oid-una", person.Email, false, "Una Unverified")));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.UserLogins.CountAsync(l => l.UserId == person.Id)));
    }

    [Fact]
    public async Task AnAddressAlreadyLinkedToAnotherAccount_IsNotTakenOver()
    {
        var person = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Lara Linked");
        Assert.Equal("/", await SignInWithCouncilAccountAsync(PageClient.For(_factory), new ProviderAccount("entra-oid-lara", person.Email, true, "Lara Linked")));

        Assert.Equal("/account/sign-in/sso?problem=linkedtosomeoneelse",
            await SignInWithCouncilAccountAsync(PageClient.For(_factory), new ProviderAccount("entra-oid-new-starter", person.Email, true, "New Starter")));
    }

    [Fact]
    public async Task ATamperedState_IsRefused_AndNobodyIsSignedIn()
    {
        var person = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Tam Tampered");
        var browser = PageClient.For(_factory);
        _factory.Provider.NextAccount = new ProviderAccount("entra-oid-tam", person.Email, true, "Tam Tampered");

        var callback = await AuthoriseAtProviderAsync(browser);
        var query = QueryHelpers.ParseQuery(callback.Query);
        var state = query["state"].ToString();
        var tampered = QueryHelpers.AddQueryString(callback.AbsolutePath, new Dictionary<string, string?>
        {
            ["code"] = query["code"],
            ["state"] = state[..^4] + (state.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"),
        });
        var answer = await browser.GetResponseAsync(tampered);

        Assert.Equal("/account/sign-in/sso?problem=failed", answer.Headers.Location!.OriginalString);
        Assert.Equal("Sign-in with your council account did not work", (await browser.GetAsync("/account/sign-in/sso?problem=failed")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/")).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.UserLogins.CountAsync(l => l.UserId == person.Id)));
    }

    [Fact]
    public async Task SigningOutOfLifecycle_EndsTheSession()
    {
        var person = await _factory.PersonAsync(SingleSignOnFactory.OrganisationId, "Simon Signout");
        var browser = PageClient.For(_factory);
        Assert.Equal("/", await SignInWithCouncilAccountAsync(browser, new ProviderAccount("entra-oid-simon", person.Email, true, "Simon Signout")));
        var home = await browser.GetAsync("/");

        var signOut = await browser.SubmitAsync(home, "form[action='/account/sign-out']", []);

        Assert.Equal("/account/sign-in", signOut.Headers.Location!.OriginalString);
        var after = await browser.GetResponseAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Clicks the button, lets the provider sign in as the account, follows the answer back; returns where Lifecycle sends the person.</summary>
    private async Task<string> SignInWithCouncilAccountAsync(PageClient browser, ProviderAccount account)
    {
        _factory.Provider.NextAccount = account;
        var callback = await AuthoriseAtProviderAsync(browser);
        var answered = await browser.GetResponseAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var complete = await browser.GetResponseAsync(answered.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        return complete.Headers.Location!.OriginalString;
    }

    /// <summary>From the sign-in page to the provider and back to Lifecycle's callback address (not yet followed).</summary>
    private async Task<Uri> AuthoriseAtProviderAsync(PageClient browser)
    {
        var signInPage = await browser.GetAsync("/account/sign-in");
        var challenge = await browser.SubmitAsync(signInPage, "form.app-sso-form", []);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorise = challenge.Headers.Location!;
        Assert.StartsWith(TestOpenIdProvider.Issuer + "connect/authorize", authorise.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge=", authorise.Query, StringComparison.Ordinal);

        using var provider = _factory.Provider.Browser();
        var back = await provider.GetAsync(authorise);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back.Headers.Location!;
    }
}
