namespace Lifecycle.Domain.SignOffs;

public enum SignOffKind
{
    BusinessCase,
    GoLive,
    Retirement,

    /// <summary>Accuracy thresholds loosened after a test run or review failed them.</summary>
    ThresholdChange,

    /// <summary>A live tool's monitoring owner, review interval or evaluation plan changed after go-live.</summary>
    PlanChange,

    /// <summary>A triage redone after stage 4 that lowers the risk or removes a red line: it takes effect once approved.</summary>
    TriageChange,

    /// <summary>Maturity re-scored after stage 3 so in-house skill is no longer low: the independent scrutiny it required stays until approved.</summary>
    ScrutinyRelease,

    /// <summary>The design's reason a predictive tool's results cannot be broken down by group of children: it counts once approved.</summary>
    UngroupedResults,
}
