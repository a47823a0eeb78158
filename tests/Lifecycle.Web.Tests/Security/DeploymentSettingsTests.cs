using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 11, item 4: links, hosts, TLS behind a proxy and key encryption follow the installer's settings, not the request.</summary>
public sealed class DeploymentSettingsTests
{
    private const string PublicHost = "lifecycle.example.gov.uk";

    [Fact]
    public async Task InvitationLinks_UseThePublicAddress_WhateverHostTheRequestNamed()
    {
        await using var factory = new Configured([new("App:PublicBaseUrl", $"https://{PublicHost}/")]);
        var organisation = await factory.OrganisationAsync("Link Council");
        var admin = await factory.PersonAsync(organisation, "Lin Admin", isAdministrator: true);
        var client = await PageClient.SignedInAsync(factory, admin);
        client.Http.DefaultRequestHeaders.Host = "attacker.example";

        var form = await client.GetAsync("/organisation/people/add");
        await client.SubmitAsync(form, "form[method=post]:not(.app-inline-form)", new()
        {
            ["Input.DisplayName"] = "Ned Newcomer",
            ["Input.Email"] = "ned.newcomer@council.test",
            ["Input.IsAdministrator"] = "no",
        });
        var link = (await client.GetAsync("/organisation/people")).QuerySelector("#invitation-link")!.TextContent.Trim();

        Assert.StartsWith($"https://{PublicHost}/account/", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAllowedHosts_OnlyThePublicHostIsServed()
    {
        await using var factory = new Configured([new("App:PublicBaseUrl", $"https://{PublicHost}"), new("AllowedHosts", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, (await RequestAsync(factory, "attacker.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestAsync(factory, PublicHost)).StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopment_ThePublicAddressMustBeSet()
    {
        await using var factory = new Configured([new("App:PublicBaseUrl", "")]);

        var failure = Assert.Throws<OptionsValidationException>(() => factory.Services);
        Assert.Contains("Set App:PublicBaseUrl", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_TheAuditSealKeyMustBeSet_AndBeLongEnough()
    {
        await using var missing = new Configured([new("Audit:SealKey", "")]);
        Assert.Contains("Set Audit:SealKey", Assert.Throws<OptionsValidationException>(() => missing.Services).Message, StringComparison.Ordinal);

        await using var tooShort = new Configured([new("Audit:SealKey", Convert.ToBase64String(new byte[16]))]);
        Assert.Contains("at least 32 random bytes", Assert.Throws<OptionsValidationException>(() => tooShort.Services).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_DataProtectionKeysMustBeEncrypted_UnlessUnencryptedKeysAreAllowedOnPurpose()
    {
        await using var refused = new Configured([new("DataProtection:AllowUnencryptedKeys", "false")]);
        Assert.Contains("Set DataProtection:CertificatePath", Assert.Throws<OptionsValidationException>(() => refused.Services).Message, StringComparison.Ordinal);

        await using var allowed = new Configured([new("DataProtection:AllowUnencryptedKeys", "true")]);
        Assert.Equal(HttpStatusCode.OK, (await RequestAsync(allowed, "localhost")).StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxy_OverTls_CookiesAreSecure_AndHstsIsSent()
    {
        await using var factory = new BehindProxy();

        var viaProxy = await RequestAsync(factory, PublicHost, from: "10.1.2.3", forwardedProto: "https");
        Assert.Contains(viaProxy.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lifecycle-antiforgery", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(viaProxy.Headers.Contains("Strict-Transport-Security"));

        var spoofed = await RequestAsync(factory, PublicHost, from: "10.9.9.9", forwardedProto: "https");
        Assert.DoesNotContain(spoofed.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WithNoProxyNamed_ForwardedHeadersFromAPrivateNetwork_AreNotBelieved()
    {
        await using var factory = new BehindAnUnnamedProxy();

        var fromInside = await RequestAsync(factory, PublicHost, from: "192.168.1.50", forwardedProto: "https");

        Assert.DoesNotContain(fromInside.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(fromInside.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WithACertificateConfigured_DataProtectionKeysAreEncryptedAtRest()
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"lifecycle-keys-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Lifecycle key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pkcs12, "test-password"));
        }

        await using var factory = new WithHostSettings([new("DataProtection:CertificatePath", certificate), new("DataProtection:CertificatePassword", "test-password")]);
        Assert.Equal(HttpStatusCode.OK, (await PageClient.For(factory).GetResponseAsync("/account/sign-in")).StatusCode);

        var keys = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml!, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml!, StringComparison.Ordinal);
        });
    }

    private static async Task<HttpResponseMessage> RequestAsync(LifecycleFactory factory, string host, string? from = null, string? forwardedProto = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Host = host;
        if (from is not null)
        {
            request.Headers.Add(SignInTestFactory.AddressHeader, from);
        }

        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await factory.CreateDefaultClient().SendAsync(request);
    }

    private sealed class Configured(KeyValuePair<string, string?>[] settings) : LifecycleFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => settings;
    }

    /// <summary>Settings the app reads while registering services, so given as host settings (as environment variables would be).</summary>
    private sealed class WithHostSettings(KeyValuePair<string, string?>[] settings) : LifecycleFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    private sealed class BehindProxy : SignInTestFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("ForwardedHeaders:Enabled", "true"), new("ForwardedHeaders:KnownNetworks:0", "10.1.2.0/24"), new("App:PublicBaseUrl", $"https://{PublicHost}")];
    }

    private sealed class BehindAnUnnamedProxy : SignInTestFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("ForwardedHeaders:Enabled", "true"), new("App:PublicBaseUrl", $"https://{PublicHost}")];
    }
}
