using Lifecycle.Domain.Organisations;

namespace Lifecycle.Application.Api;

public enum ApiTokenState
{
    Active,
    Expired,
    Revoked,
}

/// <summary>What an administrator sees of a token: never its secret.</summary>
public sealed record ApiTokenView(Guid Id, string Name, string Hint, DateTime CreatedAt, string CreatedByName, DateTime ExpiresAt, DateTime? LastUsedAt,
    DateTime? RevokedAt, string? RevokedByName)
{
    public ApiTokenState StateAt(DateTime now) => RevokedAt is not null ? ApiTokenState.Revoked : now < ExpiresAt ? ApiTokenState.Active : ApiTokenState.Expired;

    internal static ApiTokenView Of(ApiToken token) => new(token.Id, token.Name, token.Hint, token.CreatedAt, token.CreatedByName, token.ExpiresAt, token.LastUsedAt,
        token.RevokedAt, token.RevokedByName);
}

/// <summary>The token a request to the API came with, once it has been found to be usable.</summary>
public sealed record ApiCaller(Guid TokenId, Guid OrganisationId, string TokenName);

/// <summary>A new token with its secret (shown once), or why it was not made.</summary>
public sealed record ApiTokenCreation(ApiTokenView? Token, string? Secret, string? Error);
