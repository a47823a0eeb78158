namespace Lifecycle.Infrastructure.Audit;

/// <summary>
/// The "Audit" configuration section. <see cref="SealKey"/> signs each trail's seal; it must never be
/// stored in the database, or whoever can rewrite the trail could re-sign it too.
/// </summary>
public sealed class AuditSealOptions
{
    public const string Section = "Audit";
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// How often every trail is re-hashed in full in the background (0 turns it off; a trail's page can still ask
    /// for it). Pages check only what was added since the last full check.
    /// </summary>
    public double FullCheckEveryHours { get; set; } = 6;

    /// <summary>
    /// How soon after the app starts the first full check runs, so that a new or restored instance has
    /// checkpoints to verify from well before the first interval is up.
    /// </summary>
    public double FirstCheckAfterMinutes { get; set; } = 2;

    /// <summary>At least 32 random bytes, base64-encoded (for example from <c>openssl rand -base64 32</c>).</summary>
    public string? SealKey { get; set; }

    public byte[]? KeyBytes
    {
        get
        {
            try
            {
                return SealKey is { Length: > 0 } key && Convert.FromBase64String(key) is { Length: >= MinimumKeyBytes } bytes ? bytes : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
