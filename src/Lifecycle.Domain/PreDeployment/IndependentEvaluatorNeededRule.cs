namespace Lifecycle.Domain.Projects;

/// <summary>A high-risk or novel tool, or a council short of technical skill, is evaluated by someone independent of the project.</summary>
public sealed class IndependentEvaluatorNeededRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IndependentScrutinyReasons.Count > 0 && project.DeploymentPlan?.EvaluatorIsIndependent != true;

    public string Message =>
        $"the evaluator named in the deployment plan is independent of the project, because {string.Join("; ", project.IndependentScrutinyReasons)}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The evaluator in the deployment plan must be independent of the project, because {string.Join("; ", project.IndependentScrutinyReasons)}: name an independent evaluator";
}
