using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

/// <summary>A high-risk or novel tool, or a council short of technical skill, is evaluated by someone independent of the project.</summary>
public sealed class IndependentEvaluatorNeededRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IndependentScrutinyReasons.Count > 0 && project.DeploymentPlan?.EvaluatorIsIndependent != true;

    public string Message =>
        $"the evaluator named in the deployment plan is independent of the project, because {string.Join("; ", project.IndependentScrutinyReasons)}";
}
