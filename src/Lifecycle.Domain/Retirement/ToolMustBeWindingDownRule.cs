namespace Lifecycle.Domain.Projects;

/// <summary>Only a live tool that was stopped has stopping's duties to record.</summary>
public sealed class ToolMustBeWindingDownRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.IsWindingDown;

    public string Message => "the tool went live and was then stopped";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Only a live tool that has been stopped records when its users were told: for a tool being retired, use the stage 10 checklist";
}
