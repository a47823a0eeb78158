namespace Lifecycle.Application.Projects;

/// <summary>
/// What each display page reads of a project, so it loads that and no more. A page's answers from these
/// loads are checked against a whole load on every sample project (ProjectViewLoadTests); a page that
/// starts reading another record fails that test until its parts here say so.
/// </summary>
public static class ProjectViews
{
    /// <summary>The on-hold/stopped/retired banner and the threshold-breach warning on every project page.</summary>
    public const ProjectParts Banner = ProjectParts.MonitoringReviews | ProjectParts.ThresholdHistory;

    /// <summary>
    /// Which checklist items apply (the facts, including whether independent scrutiny is needed). Which triage is in force
    /// reads the sign-offs too: a redone triage that lowers the risk counts only once approved.
    /// </summary>
    public const ProjectParts Applicability = ProjectParts.Items | ProjectParts.Triages | ProjectParts.MaturityScores | ProjectParts.SignOffs;

    /// <summary>
    /// The records that show the current stage is under way before any of its items is ticked (Project.StatusOf
    /// asks only of the current stage); checklist items are loaded besides.
    /// </summary>
    public static ProjectParts UnderWay(int currentStage) => ProjectParts.Items | currentStage switch
    {
        2 => ProjectParts.MaturityScores,
        3 => ProjectParts.Datasets,
        4 => ProjectParts.Triages,
        7 => ProjectParts.TestRuns | ProjectParts.ExternalValidations,
        _ => ProjectParts.None,
    };

    /// <summary>
    /// What the rules of every passed gate read (<see cref="Project.StandingRules"/>): a live tool's pages show whether it
    /// needs attention, so they load these besides their own.
    /// </summary>
    public const ProjectParts Standing = ProjectParts.Items | ProjectParts.MaturityScores | ProjectParts.Datasets | ProjectParts.Triages
        | ProjectParts.BusinessCase | ProjectParts.SignOffs | ProjectParts.WorkbookAnswers | ProjectParts.ImpactAssessments | ProjectParts.Oversight
        | ProjectParts.TestRuns | ProjectParts.ExternalValidations | ProjectParts.ThresholdHistory | ProjectParts.TransparencyEntries
        | ProjectParts.KeepInUseDecisions;

    /// <summary>Where the project is, stage by stage, its data maturity result and challenges waiting for an answer; whether a live tool needs attention.</summary>
    public static ProjectParts Overview(int currentStage) => Banner | UnderWay(currentStage) | ProjectParts.MaturityScores | ProjectParts.Feedback
        | (currentStage == Project.MonitoringStage ? Standing : ProjectParts.None);

    private const ProjectParts EngagementSummary = ProjectParts.Feedback | ProjectParts.Training;

    /// <summary>What a sign-off's approval state rests on: its requests, decisions and the facts fingerprinted.</summary>
    private const ProjectParts BusinessCaseApproval = ProjectParts.SignOffs | ProjectParts.BusinessCase | ProjectParts.Triages;

    private const ProjectParts GoLiveApproval = ProjectParts.SignOffs | ProjectParts.ThresholdHistory | ProjectParts.TestRuns
        | ProjectParts.ExternalValidations | ProjectParts.Risks | ProjectParts.Triages | ProjectParts.ImpactAssessments
        | ProjectParts.Oversight | ProjectParts.Feedback | ProjectParts.Datasets | ProjectParts.TransparencyEntries;

    public const ProjectParts RiskLog = ProjectParts.Risks;

    public const ProjectParts EngagementRegisters = ProjectParts.Feedback | ProjectParts.Engagements | ProjectParts.Training;

    /// <summary>The trend of results across test runs and monitoring reviews, each judged against the thresholds in force when it was recorded.</summary>
    private const ProjectParts Results = ProjectParts.TestRuns | ProjectParts.MonitoringReviews | ProjectParts.ThresholdHistory;

    /// <summary>Test runs and external validation, with the trend of results.</summary>
    public const ProjectParts Testing = Results | ProjectParts.ExternalValidations;

    /// <summary>Monitoring reviews, scope changes, the plan-change and retirement sign-offs shown beside them, and the trend of results.</summary>
    public const ProjectParts Monitoring = Banner | Results | ProjectParts.ScopeChanges | ProjectParts.SignOffs | Standing;

    /// <summary>A stage's task list: its checklist, carried-over items and the records of that stage.</summary>
    public static ProjectParts Stage(int stageNumber) => Banner | Applicability | UnderWay(stageNumber) | stageNumber switch
    {
        3 => ProjectParts.BusinessCase,
        4 => BusinessCaseApproval | ProjectParts.ImpactAssessments | ProjectParts.Risks | ProjectParts.Oversight | ProjectParts.WorkbookAnswers,
        6 or 7 => EngagementSummary,
        8 => GoLiveApproval | ProjectParts.WorkbookAnswers,
        Project.MonitoringStage => EngagementSummary | ProjectParts.ScopeChanges | ProjectParts.SignOffs,
        _ => ProjectParts.None,
    };
}
