namespace Lifecycle.Application.Projects;

/// <summary>
/// The records of a project that a read loads. Forms that change a project load <see cref="All"/>;
/// a page that only shows part of it loads what it reads, so a busy page does not pay for 22
/// collections it never looks at. The project's own columns (status, plans, criteria) always load.
/// </summary>
[Flags]
public enum ProjectParts
{
    None = 0,
    Stages = 1 << 0,
    Items = 1 << 1,
    Members = 1 << 2,
    MaturityScores = 1 << 3,
    Datasets = 1 << 4,
    Triages = 1 << 5,
    BusinessCase = 1 << 6,
    SignOffs = 1 << 7,
    WorkbookAnswers = 1 << 8,
    ImpactAssessments = 1 << 9,
    Oversight = 1 << 10,
    Risks = 1 << 11,
    TestRuns = 1 << 12,
    ExternalValidations = 1 << 13,
    Feedback = 1 << 14,
    Engagements = 1 << 15,
    Training = 1 << 16,
    MonitoringReviews = 1 << 17,
    ScopeChanges = 1 << 18,
    TransparencyEntries = 1 << 19,
    ThresholdHistory = 1 << 20,
    KeepInUseDecisions = 1 << 21,
    All = (1 << 22) - 1,
}
