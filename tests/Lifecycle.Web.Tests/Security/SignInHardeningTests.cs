using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Pages.Account;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;

namespace Lifecycle.Web.Tests.Security;

/// <summary>
/// The test server has no client address; this one takes it from a test-only header, so tests can
/// sign in from two places, and counts password hash checks.
/// </summary>
public class SignInTestFactory : LifecycleFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPasswordHasher<Person>>(Hasher);
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class CountingPasswordHasher : IPasswordHasher<Person>
{
    private readonly PasswordHasher<Person> _inner = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string HashPassword(Person user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Person user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class TightAddressLimitFactory : SignInTestFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("SignIn:AttemptsPerAddress", "3")];
}

/// <summary>Issue 11, item 3: sign-in gives nothing away and cannot be used to keep someone out.</summary>
public sealed class SignInHardeningTests(SignInTestFactory factory) : IClassFixture<SignInTestFactory>
{
    [Fact]
    public async Task AnUnknownEmail_CostsAPasswordHashCheck_LikeAWrongPassword_AndGetsTheSameAnswer()
    {
        var organisation = await factory.OrganisationAsync("Timing Council");
        var person = await factory.PersonAsync(organisation, "Tia Timing");

        var before = factory.Hasher.Verifications;
        var unknown = await PageClient.ParseAsync(await SignInAsync(PageClient.For(factory), "nobody.here@council.test", "some long password", "10.0.0.1"));
        Assert.Equal(before + 1, factory.Hasher.Verifications);

        var wrong = await PageClient.ParseAsync(await SignInAsync(PageClient.For(factory), person.Email, "some long password", "10.0.0.1"));
        Assert.Equal(before + 2, factory.Hasher.Verifications);
        Assert.Equal([SignInModel.WrongDetails], unknown.ErrorSummaryItems());
        Assert.Equal(unknown.ErrorSummaryItems(), wrong.ErrorSummaryItems());
    }

    [Fact]
    public async Task WrongPasswordsFromOneAddress_SlowThatAddress_ButNeverLockThePersonOut()
    {
        var organisation = await factory.OrganisationAsync("Throttle Council");
        var person = await factory.PersonAsync(organisation, "Tom Target");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(PageClient.For(factory), person.Email, "guess number " + i, "203.0.113.9");
        }

        var attacker = await PageClient.ParseAsync(await SignInAsync(PageClient.For(factory), person.Email, TestPeople.Password, "203.0.113.9"));
        Assert.Contains("too many attempts to sign in with this email address", attacker.ErrorSummaryItems().Single(), StringComparison.Ordinal);

        var fromTheOffice = await SignInAsync(PageClient.For(factory), person.Email, TestPeople.Password, "198.51.100.20");
        Assert.Equal(HttpStatusCode.Redirect, fromTheOffice.StatusCode);
        var account = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<Person>>().FindByEmailAsync(person.Email));
        Assert.Null(account!.LockoutEnd);
    }

    [Fact]
    public async Task GuessingFromManyAddresses_SlowsNewBrowsers_ButNeverKeepsThePersonOutOfTheirOwn()
    {
        var organisation = await factory.OrganisationAsync("Spread Council");
        var person = await factory.PersonAsync(organisation, "Nia Named");
        var ownBrowser = PageClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(ownBrowser, person.Email, TestPeople.Password, "198.51.100.20")).StatusCode);
        await ownBrowser.SubmitAsync(await ownBrowser.GetAsync("/"), "form[action='/account/sign-out']", []);

        for (var address = 1; address <= 13; address++)
        {
            for (var guess = 0; guess < 4; guess++)
            {
                await SignInAsync(PageClient.For(factory), person.Email, $"guess {guess} from {address}", $"203.0.113.{100 + address}");
            }
        }

        var stranger = await PageClient.ParseAsync(await SignInAsync(PageClient.For(factory), person.Email, TestPeople.Password, "203.0.113.200"));
        Assert.Contains("from browsers it has not been used on", stranger.ErrorSummaryItems().Single(), StringComparison.Ordinal);

        var atHome = await SignInAsync(ownBrowser, person.Email, TestPeople.Password, "198.51.100.77");
        Assert.Equal(HttpStatusCode.Redirect, atHome.StatusCode);
        var account = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<Person>>().FindByEmailAsync(person.Email));
        Assert.Null(account!.LockoutEnd);
    }

    [Fact]
    public async Task AnUnknownEmail_IsSlowedExactlyAsAKnownOneIs()
    {
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(PageClient.For(factory), "made.up@council.test", "guess number " + i, "203.0.113.10");
        }

        var sixth = await PageClient.ParseAsync(await SignInAsync(PageClient.For(factory), "made.up@council.test", "guess number 6", "203.0.113.10"));
        Assert.Contains("too many attempts to sign in with this email address", sixth.ErrorSummaryItems().Single(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignInAsync(PageClient client, string email, string password, string address)
    {
        client.Http.DefaultRequestHeaders.Remove(SignInTestFactory.AddressHeader);
        client.Http.DefaultRequestHeaders.Add(SignInTestFactory.AddressHeader, address);
        var page = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(page, "form[method=post]:not(.app-inline-form)", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}

public sealed class SignInAddressLimitTests(TightAddressLimitFactory factory) : IClassFixture<TightAddressLimitFactory>
{
    [Fact]
    public async Task ManyAttemptsFromOneAddress_AreRefusedWithAPlainPage_WhileOtherAddressesCarryOn()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync("192.0.2.1")).StatusCode);
        }

        var refused = await SignInAsync("192.0.2.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many attempts", (await PageClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync("192.0.2.2")).StatusCode);
    }

    private async Task<HttpResponseMessage> SignInAsync(string address)
    {
        var client = PageClient.For(factory);
        client.Http.DefaultRequestHeaders.Add(SignInTestFactory.AddressHeader, address);
        var page = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(page, "form[method=post]:not(.app-inline-form)", new() { ["Input.Email"] = "someone@council.test", ["Input.Password"] = "a long wrong password" });
    }
}
