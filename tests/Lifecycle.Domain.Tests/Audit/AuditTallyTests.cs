using Lifecycle.Domain.Audit;

namespace Lifecycle.Domain.Tests.Audit;

public sealed class AuditTallyTests
{
    private static readonly Guid Organisation = Guid.NewGuid();

    private static AuditTally Tally(long count) => AuditTally.StartingAt(Organisation, count, "signed");

    [Fact]
    public void ATallyThatAgreesWithTheSeals_IsSound_AndNoTallyWithNoEntriesIsSound()
    {
        Assert.Null(AuditTally.ProblemWith(Tally(12), 12, _ => true));
        Assert.Null(AuditTally.ProblemWith(null, 0, _ => true));
    }

    [Fact]
    public void SealsAccountingForFewerEntries_MeansATrailWasPutBack()
    {
        Assert.StartsWith("3 audit entries are missing", AuditTally.ProblemWith(Tally(12), 9, _ => true), StringComparison.Ordinal);
    }

    [Fact]
    public void SealsAccountingForMoreEntries_MeansTheTallyWasPutBack()
    {
        Assert.Contains("its signed count was put back", AuditTally.ProblemWith(Tally(9), 12, _ => true), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingOrUnsignedTally_IsAProblem()
    {
        Assert.Contains("is missing", AuditTally.ProblemWith(null, 5, _ => true), StringComparison.Ordinal);
        Assert.Contains("does not match its signature", AuditTally.ProblemWith(Tally(5), 5, _ => false), StringComparison.Ordinal);
    }

    [Fact]
    public void AProjectTrailWithNoEntriesAndNoSeal_IsBroken_ButAnEmptyOrganisationTrailIsNot()
    {
        Assert.False(AuditVerification.Of([], null, _ => true, isProjectTrail: true).IsIntact);
        Assert.True(AuditVerification.Of([], null, _ => true).IsIntact);
    }
}
