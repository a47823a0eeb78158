using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class HighRiskNeedsIndependentEvaluatorRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IsHighRisk && project.DeploymentPlan?.EvaluatorIsIndependent != true;

    public string Message => "the evaluator is independent of the project: the triage found the tool high risk";
}
