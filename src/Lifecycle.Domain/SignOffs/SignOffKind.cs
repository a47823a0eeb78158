namespace Lifecycle.Domain.SignOffs;

public enum SignOffKind
{
    BusinessCase,
    GoLive,
    Retirement,

    /// <summary>Accuracy thresholds loosened after a test run or review failed them.</summary>
    ThresholdChange,
}
