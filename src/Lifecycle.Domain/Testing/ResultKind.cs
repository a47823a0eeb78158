namespace Lifecycle.Domain.Testing;

public enum ResultKind
{
    TestRun,
    MonitoringReview,
}
