using Lifecycle.Domain.Organisations;

namespace Lifecycle.Domain.Tests.Organisations;

public sealed class SecurityMarkingTests
{
    private static readonly Actor Admin = new(Guid.NewGuid(), "Ada Admin");

    [Fact]
    public void NewOrganisation_IsMarkedOfficialSensitive() =>
        Assert.Equal("OFFICIAL-SENSITIVE", Organisation.Create(Guid.NewGuid(), "Test Council", null, DateTime.UtcNow, []).SecurityMarking);

    [Fact]
    public void ChangeSecurityMarking_UpperCasesIt_AndRecordsTheChange()
    {
        var organisation = Organisation.Create(Guid.NewGuid(), "Test Council", null, DateTime.UtcNow, []);

        Assert.True(organisation.ChangeSecurityMarking("  official ", Admin, DateTime.UtcNow));

        Assert.Equal("OFFICIAL", organisation.SecurityMarking);
        var change = Assert.Single(organisation.PendingChanges);
        Assert.Equal(("SecurityMarkingChanged", "OFFICIAL-SENSITIVE", "OFFICIAL"), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void ChangeSecurityMarking_ToTheSameMarking_ChangesNothing()
    {
        var organisation = Organisation.Create(Guid.NewGuid(), "Test Council", null, DateTime.UtcNow, []);

        Assert.False(organisation.ChangeSecurityMarking("official-sensitive", Admin, DateTime.UtcNow));
        Assert.Empty(organisation.PendingChanges);
    }

    [Theory]
    [InlineData("")]
    [InlineData("OFFICIAL\nSECRET")]
    public void ChangeSecurityMarking_RefusesBlankOrMultiLineMarkings(string marking)
    {
        var organisation = Organisation.Create(Guid.NewGuid(), "Test Council", null, DateTime.UtcNow, []);

        // Blank is refused as missing; a second line as a hidden character in one-line text (a domain rule).
        Assert.True(Record.Exception(() => organisation.ChangeSecurityMarking(marking, Admin, DateTime.UtcNow)) is ArgumentException or BusinessRuleViolationException);
        Assert.Equal("OFFICIAL-SENSITIVE", organisation.SecurityMarking);
    }
}
