namespace Lifecycle.Domain.Projects;

public sealed class ProjectMustNotBeOnHoldRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.Status == ProjectStatus.OnHold;

    public string Message => "the project is taken off hold";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The project is on hold: resume it first";
}
