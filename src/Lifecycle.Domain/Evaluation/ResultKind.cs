namespace Lifecycle.Domain.Evaluation;

public enum ResultKind
{
    TestRun,
    MonitoringReview,
}
