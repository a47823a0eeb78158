namespace Lifecycle.Web.Startup;

/// <summary>
/// How the Data Protection keys (which protect sign-in cookies and invitation links) are kept in the database: encrypted
/// with a certificate, or, only when someone has said so on purpose, unencrypted.
/// </summary>
public sealed class KeyProtection
{
    public const string Section = "DataProtection";

    public const string Refusal =
        "Set DataProtection:CertificatePath (and DataProtection:CertificatePassword) to a PFX certificate that encrypts the Data Protection keys " +
        "kept in the database: without it anyone who can read the database could forge a sign-in. To run without one anyway, set " +
        "DataProtection:AllowUnencryptedKeys=true.";

    public string? CertificatePath { get; set; }

    /// <summary>Accepts keys stored unencrypted outside Development; a warning is logged at every start.</summary>
    public bool AllowUnencryptedKeys { get; set; }

    public bool KeysAreEncrypted => !string.IsNullOrWhiteSpace(CertificatePath);
}

/// <summary>Says at every start, where the operators look, that the keys are stored unencrypted because a setting allowed it.</summary>
internal sealed class UnencryptedKeysWarning(Microsoft.Extensions.Options.IOptions<KeyProtection> protection, IHostEnvironment environment, ILogger<UnencryptedKeysWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() && !protection.Value.KeysAreEncrypted)
        {
            logger.LogWarning("Data Protection keys are stored in the database unencrypted (DataProtection:AllowUnencryptedKeys is true): " +
                "anyone who can read the database could forge a sign-in. Set DataProtection:CertificatePath to encrypt them");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
