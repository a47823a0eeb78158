using Lifecycle.Domain.Organisations;

namespace Lifecycle.Domain.Tests.Organisations;

public sealed class ApiTokenTests
{
    private static readonly Actor Admin = new(Guid.NewGuid(), "Ada Admin", IsOrganisationAdministrator: true);
    private static readonly DateTime At = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Issuing_KeepsOnlyTheHashAndAHint_AndRecordsTheChangeWithoutTheSecret()
    {
        var organisation = Guid.NewGuid();

        var (token, secret, change) = ApiToken.Issue(organisation, "  Power BI  ", 90, Admin, At);

        Assert.StartsWith(ApiToken.SecretPrefix, secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= 40);
        Assert.Equal(ApiToken.HashOf(secret), token.SecretHash);
        Assert.Equal(64, token.SecretHash.Length);
        Assert.Equal(secret[..10], token.Hint);
        Assert.Equal("Power BI", token.Name);
        Assert.Equal(At.AddDays(90), token.ExpiresAt);
        Assert.True(token.IsUsableAt(At.AddDays(90).AddTicks(-1)));
        Assert.False(token.IsUsableAt(At.AddDays(90)));
        Assert.Equal(("ApiTokenCreated", "Power BI", Admin), (change.Kind, change.Subject, change.Actor));
        Assert.DoesNotContain(secret[ApiToken.SecretPrefix.Length..], change.After!, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryToken_HasItsOwnSecret()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => ApiToken.Issue(Guid.NewGuid(), "Report", 30, Admin, At).Secret).ToHashSet();

        Assert.Equal(50, secrets.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(3650)]
    public void ATokenLasts_OnlyOneOfTheOfferedLifetimes(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ApiToken.Issue(Guid.NewGuid(), "Report", days, Admin, At));

    [Fact]
    public void ATokenNeedsAName() =>
        Assert.Throws<ArgumentException>(() => ApiToken.Issue(Guid.NewGuid(), " ", 30, Admin, At));

    [Fact]
    public void Revoking_StopsTheTokenAtOnce_AndCannotBeRepeated()
    {
        var (token, _, _) = ApiToken.Issue(Guid.NewGuid(), "Report", 365, Admin, At);

        var change = token.Revoke(Admin, At.AddDays(1));

        Assert.False(token.IsUsableAt(At.AddDays(1)));
        Assert.Equal((At.AddDays(1), "Ada Admin"), (token.RevokedAt, token.RevokedByName));
        Assert.Equal("ApiTokenRevoked", change.Kind);
        var refused = Assert.Throws<BusinessRuleViolationException>(() => token.Revoke(Admin, At.AddDays(2)));
        Assert.IsType<ApiTokenMustNotBeRevokedRule>(Assert.Single(refused.BrokenRules));
        Assert.Equal(At.AddDays(1), token.RevokedAt);
    }
}
