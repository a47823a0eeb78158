namespace Lifecycle.Domain.PreDeployment;

/// <summary>
/// Pre-deployment (stage 8): who watches the tool once it is live, how often it is reviewed,
/// how it will be evaluated and how the public will hear about it.
/// </summary>
public sealed record DeploymentPlan(
    string? MonitoringOwner,
    int? ReviewIntervalMonths,
    string? ProcessEvaluation,
    string? ImpactEvaluation,
    string? Evaluator,
    bool EvaluatorIsIndependent,
    string? PublicCommunication)
{
    public const int ShortestInterval = 1;
    public const int LongestInterval = 24;

    public IReadOnlyList<RequiredPart> Parts =>
    [
        RequiredPart.Text("monitoring owner", MonitoringOwner),
        new("review interval", ReviewIntervalMonths is not null),
        RequiredPart.Text("process evaluation", ProcessEvaluation),
        RequiredPart.Text("impact evaluation", ImpactEvaluation),
        RequiredPart.Text("evaluator", Evaluator),
        RequiredPart.Text("public communication", PublicCommunication),
    ];

    /// <summary>The part a go-live approval covers: the evaluation plan.</summary>
    public object EvaluationPlan => new { ProcessEvaluation, ImpactEvaluation, Evaluator, EvaluatorIsIndependent };

    /// <summary>Once the tool is live, changing any of these needs a senior leader's approval.</summary>
    public bool ApprovedPartsMatch(DeploymentPlan other) =>
        MonitoringOwner == other.MonitoringOwner && ReviewIntervalMonths == other.ReviewIntervalMonths && EvaluationPlan.Equals(other.EvaluationPlan);

    public string DescribeApprovedParts() =>
        $"Monitoring owner: {MonitoringOwner}; reviewed every {ReviewIntervalMonths} month(s); process evaluation: {ProcessEvaluation}; impact evaluation: {ImpactEvaluation}; " +
        $"evaluator: {Evaluator} ({(EvaluatorIsIndependent ? "independent" : "not independent")})";

    internal DeploymentPlan Cleaned() => new(
        DomainText.Optional(MonitoringOwner, TextLimits.Name, "Monitoring owner"),
        ReviewIntervalMonths,
        DomainText.Optional(ProcessEvaluation, TextLimits.LongText, "Process evaluation"),
        DomainText.Optional(ImpactEvaluation, TextLimits.LongText, "Impact evaluation"),
        DomainText.Optional(Evaluator, TextLimits.Name, "Evaluator"),
        EvaluatorIsIndependent,
        DomainText.Optional(PublicCommunication, TextLimits.LongText, "Public communication"));
}
