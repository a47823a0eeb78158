using Lifecycle.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Api;

/// <summary>Organisation administrators make, list and revoke API tokens; the API finds the caller from one.</summary>
public sealed class ApiTokens(ILifecycleDbContext db, TimeProvider clock)
{
    /// <summary>"Last used" is written at most this often, so a busy reporting tool does not write on every read.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    /// <summary>Longer than any secret this service makes; anything longer is refused without a look-up.</summary>
    private const int LongestSecret = 64;

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var now = Now;
        return tokens.Select(ApiTokenView.Of).OrderBy(t => t.StateAt(now)).ThenByDescending(t => t.CreatedAt).ToList();
    }

    public async Task<ApiTokenView> FindAsync(Guid organisationId, Guid tokenId, CancellationToken cancellationToken) =>
        ApiTokenView.Of(await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tokenId && t.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException($"API token {tokenId}"));

    public async Task<ApiTokenCreation> CreateAsync(Guid organisationId, string name, int lifetimeInDays, Actor actor, CancellationToken cancellationToken)
    {
        var now = Now;
        var trimmed = name.Trim();
        var sameName = await db.ApiTokens.AsNoTracking()
            .AnyAsync(t => t.OrganisationId == organisationId && t.Name == trimmed && t.RevokedAt == null && t.ExpiresAt > now, cancellationToken);
        if (sameName)
        {
            return new ApiTokenCreation(null, null, $"A working token is already called \"{trimmed}\": give this one a different name, or revoke the old one first");
        }

        var (token, secret, change) = ApiToken.Issue(organisationId, trimmed, lifetimeInDays, actor, now);
        db.ApiTokens.Add(token);
        db.RecordOrganisationChange(organisationId, change);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiTokenCreation(ApiTokenView.Of(token), secret, null);
    }

    /// <summary>Refused (<see cref="BusinessRuleViolationException"/>) when the token was already revoked.</summary>
    public async Task RevokeAsync(Guid organisationId, Guid tokenId, Actor actor, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException($"API token {tokenId}");
        db.RecordOrganisationChange(organisationId, token.Revoke(actor, Now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The caller a secret belongs to, or null when it is unknown, revoked or expired.</summary>
    public async Task<ApiCaller?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal) || secret.Length > LongestSecret)
        {
            return null;
        }

        var hash = ApiToken.HashOf(secret);
        var now = Now;
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.Id, t.OrganisationId, t.Name, t.LastUsedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return null;
        }

        if (token.LastUsedAt is not { } last || now - last >= LastUsedPrecision)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new ApiCaller(token.Id, token.OrganisationId, token.Name);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
