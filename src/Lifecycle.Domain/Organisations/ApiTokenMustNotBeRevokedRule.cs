namespace Lifecycle.Domain.Organisations;

/// <summary>A revoked token stays revoked: revoking it again would rewrite when and by whom it was stopped.</summary>
public sealed class ApiTokenMustNotBeRevokedRule(string tokenName, DateTime? revokedAt) : IBusinessRule
{
    public bool IsBroken() => revokedAt is not null;

    public string Message => $"the API token \"{tokenName}\" must not already be revoked";

    public string Refusal => $"The API token \"{tokenName}\" was already revoked on {revokedAt:d MMMM yyyy}: it no longer works, so there is nothing more to do";
}
