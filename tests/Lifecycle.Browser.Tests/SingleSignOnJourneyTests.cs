using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lifecycle.Domain.Organisations;
using Lifecycle.Web.Tests.SingleSignOn;
using Lifecycle.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>
/// The app on a real port with single sign-on set up for one organisation, whose provider (OpenIddict) runs on another
/// origin over https with a certificate made for the test. The app trusts that certificate for its back-channel calls;
/// the browser is told to accept it.
/// </summary>
public sealed class SingleSignOnLiveServer : LifecycleFactory
{
    public static readonly Guid OrganisationId = Guid.Parse("0b6f1d2e-3c4a-4e5f-8a9b-1c2d3e4f5a6b");

    private readonly X509Certificate2 _certificate = SelfSignedForLocalhost();

    public SingleSignOnLiveServer()
    {
        Provider = TestOpenIdProvider.StartOnHttpsPortAsync(_certificate).GetAwaiter().GetResult();
        UseKestrel(0);
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        Provider.AllowedRedirectUri = $"{Address}/signin-oidc/{OrganisationId:N}";
    }

    public TestOpenIdProvider Provider { get; }

    public string Address { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Read while services are registered (one sign-in scheme per organisation), so given as host settings.
        var prefix = $"SingleSignOn:Organisations:{OrganisationId}:";
        builder.UseSetting(prefix + "Authority", Provider.Address.ToString());
        builder.UseSetting(prefix + "ClientId", TestOpenIdProvider.ClientId);
        builder.UseSetting(prefix + "ClientSecret", TestOpenIdProvider.ClientSecret);
        var thumbprint = _certificate.Thumbprint;
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>("sso-" + OrganisationId.ToString("N"), options =>
            options.BackchannelHttpHandler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
            }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 SelfSignedForLocalhost()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), password: null);
    }
}

/// <summary>Issue 27, point 1: "Sign in with your council account" works in Chromium, with the app's Content-Security-Policy in force.</summary>
public sealed class SingleSignOnJourneyTests(SingleSignOnLiveServer server) : IClassFixture<SingleSignOnLiveServer>
{
    [Fact]
    public async Task AnInvitedPerson_SignsInThroughTheCouncilsProvider_OnAnotherOrigin()
    {
        await server.WithDbAsync(async db =>
        {
            db.Organisations.Add(Organisation.Create(SingleSignOnLiveServer.OrganisationId, "Westshire Council", null, DateTime.UtcNow, []));
            return await db.SaveChangesAsync();
        });
        var person = await server.PersonAsync(SingleSignOnLiveServer.OrganisationId, "Sol Single");
        server.Provider.NextAccount = new ProviderAccount("sub-sol", person.Email, true, "Sol Single", EmailOnlyFromUserInfo: true);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address, trustTestCertificates: true);
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync("/account/sign-in");
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Westshire Council", Exact = false }).ClickAsync();
        try
        {
            await page.WaitForURLAsync($"{server.Address}/", new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Still at {page.Url} after signing in with the council account. The browser said: {string.Join(" | ", console)}. " +
                $"The page says: {(await page.Locator("main").InnerTextAsync()).Trim()}");
        }

        Assert.DoesNotContain(console, message => message.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.Equal("Your projects", (await page.Locator("h1").InnerTextAsync()).Trim());
        await browser.CheckAsync(page);
    }
}
