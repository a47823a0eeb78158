using System.Security.Cryptography;
using System.Text;

namespace Lifecycle.Domain.Organisations;

/// <summary>
/// A key a council's reporting tools use to read one organisation's projects through the API. The secret is
/// shown once, when the token is made; only its SHA-256 hash is kept, so a copy of the database cannot be used
/// to call the API. A token ends when it expires or an administrator revokes it; it is never deleted, so the
/// audit trail can always say which token read what.
/// </summary>
public sealed class ApiToken
{
    public const int NameLength = 100;

    public const string SecretPrefix = "lcy_";

    /// <summary>How long a new token may last, in days; there is no token that never expires.</summary>
    public static IReadOnlyList<int> LifetimesInDays { get; } = [30, 90, 365];

    private ApiToken()
    {
        Name = SecretHash = Hint = CreatedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string SecretHash { get; private set; }

    /// <summary>The start of the secret, so an administrator can tell which token a tool holds without seeing it again.</summary>
    public string Hint { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevokedByName { get; private set; }

    public bool IsUsableAt(DateTime at) => RevokedAt is null && at < ExpiresAt;

    /// <summary>A new token and its secret: the only time the secret exists outside the caller's tool.</summary>
    public static (ApiToken Token, string Secret, RecordedChange Change) Issue(Guid organisationId, string name, int lifetimeInDays, Actor actor, DateTime at)
    {
        if (!LifetimesInDays.Contains(lifetimeInDays))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetimeInDays), lifetimeInDays, $"A token lasts {string.Join(", ", LifetimesInDays)} days.");
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Name = DomainText.Required(name, NameLength, "Token name"),
            SecretHash = HashOf(secret),
            Hint = secret[..(SecretPrefix.Length + 6)],
            CreatedAt = at,
            CreatedByName = actor.Name,
            ExpiresAt = at.AddDays(lifetimeInDays),
        };
        var change = new RecordedChange("ApiTokenCreated", token.Name, null,
            Snapshot.Of(new { token.Name, token.Hint, token.ExpiresAt }), actor, at);
        return (token, secret, change);
    }

    /// <summary>Stops the token working at once; refused when it was already revoked.</summary>
    public RecordedChange Revoke(Actor actor, DateTime at)
    {
        Rules.Check(new ApiTokenMustNotBeRevokedRule(Name, RevokedAt));
        RevokedAt = at;
        RevokedByName = actor.Name;
        return new RecordedChange("ApiTokenRevoked", Name, Snapshot.Of(new { Status = "Active" }), Snapshot.Of(new { Status = "Revoked", Hint }), actor, at);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
