using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Startup;

/// <summary>
/// What a council's IT team sets when installing Lifecycle: the public address, the proxy in front
/// of it, and the certificate that encrypts the Data Protection keys. See README "Running it for real".
/// </summary>
public static class DeploymentSettings
{
    // Most settings are read when the options are first needed, not here: hosts (and WebApplicationFactory)
    // may still be adding configuration while services are registered.
    public static WebApplicationBuilder AddDeploymentSettings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PublicAddress>().BindConfiguration(PublicAddress.Section)
            .Validate(a => a.PublicBaseUrl is not { Length: > 0 } || a.BaseUri is not null, "App:PublicBaseUrl must be an absolute http or https address, such as https://lifecycle.council.gov.uk")
            .Validate<IHostEnvironment>((a, environment) => a.BaseUri is not null || environment.IsDevelopment(), "Set App:PublicBaseUrl to the address people use to reach Lifecycle, such as https://lifecycle.council.gov.uk: invitation links are built from it")
            .ValidateOnStart();

        // Unless AllowedHosts is set, serve only the public address's host name, so a forged Host header is refused.
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<PublicAddress>, IConfiguration>((filtering, address, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]) && address.Value.BaseUri is { } uri)
            {
                filtering.AllowedHosts = [uri.Host];
            }
        });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection("ForwardedHeaders");
            if (section.GetValue<bool>("Enabled"))
            {
                TrustProxies(options, section);
            }
            else
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
            }
        });

        // Outside Development the keys are encrypted, or someone has said in a setting that they accept them unencrypted.
        services.AddOptions<KeyProtection>().BindConfiguration(KeyProtection.Section)
            .Validate<IHostEnvironment>((keys, environment) => environment.IsDevelopment() || keys.KeysAreEncrypted || keys.AllowUnencryptedKeys, KeyProtection.Refusal)
            .ValidateOnStart();
        services.AddHostedService<UnencryptedKeysWarning>();

        // Needed while services are registered, so set by environment variable or appsettings, not later.
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, builder.Configuration["DataProtection:CertificatePassword"]);
            services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }

        return builder;
    }

    /// <summary>
    /// Believe X-Forwarded-For and X-Forwarded-Proto only from the proxies or networks named. With none named, only a
    /// proxy on this machine is believed: trusting every private network would let anyone inside one choose the address
    /// that sign-in limits count against.
    /// </summary>
    private static void TrustProxies(ForwardedHeadersOptions options, IConfigurationSection section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = 1;
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        if (networks.Length == 0 && proxies.Length == 0)
        {
            networks = ["127.0.0.0/8", "::1/128"];
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
    }
}
