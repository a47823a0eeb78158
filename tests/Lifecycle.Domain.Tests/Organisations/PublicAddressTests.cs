using Lifecycle.Domain.Organisations;

namespace Lifecycle.Domain.Tests.Organisations;

public sealed class PublicAddressTests
{
    private static readonly Actor Admin = new(Guid.NewGuid(), "Ada Admin");

    [Fact]
    public void ANewOrganisation_TakesItsNamesAddress_OrTheNextFreeOne()
    {
        Assert.Equal("demo-borough-council", Organisation.Create(Guid.NewGuid(), "Demo Borough Council", null, DateTime.UtcNow, []).PublicAddress);
        Assert.Equal("demo-borough-council-2", Organisation.Create(Guid.NewGuid(), "demo borough council", null, DateTime.UtcNow, ["demo-borough-council"]).PublicAddress);
    }

    [Fact]
    public void ThePublicAddress_CannotMove_OnceAToolIsPublished()
    {
        var organisation = Organisation.Create(Guid.NewGuid(), "Demo Borough Council", null, DateTime.UtcNow, []);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => organisation.ChangePublicAddress("north-borough", [], anyToolPublished: true, Admin, DateTime.UtcNow));

        Assert.IsType<PublicAddressMustNotMoveOncePublishedRule>(refusal.BrokenRules.Single());
        Assert.Equal("demo-borough-council", organisation.PublicAddress);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("north borough")]
    [InlineData("-north")]
    [InlineData("north--borough")]
    [InlineData("north/borough")]
    public void ABadlyFormedAddress_IsRefused(string address)
    {
        var organisation = Organisation.Create(Guid.NewGuid(), "Demo Borough Council", null, DateTime.UtcNow, []);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => organisation.ChangePublicAddress(address, [], anyToolPublished: false, Admin, DateTime.UtcNow));

        Assert.IsType<PublicAddressMustBeWellFormedRule>(refusal.BrokenRules.Single());
    }

    [Fact]
    public void AnotherOrganisationsAddress_IsRefused_ButAFreeOneIsTakenAndRecorded()
    {
        var organisation = Organisation.Create(Guid.NewGuid(), "Demo Borough Council", null, DateTime.UtcNow, []);

        Assert.Throws<BusinessRuleViolationException>(() => organisation.ChangePublicAddress("north-borough", ["north-borough", "demo-borough-council"], false, Admin, DateTime.UtcNow));
        organisation.ChangePublicAddress("Demo-Council ", ["north-borough", "demo-borough-council"], false, Admin, DateTime.UtcNow);

        Assert.Equal("demo-council", organisation.PublicAddress);
        Assert.Equal("PublicAddressChanged", organisation.PendingChanges.Single().Kind);
    }
}
