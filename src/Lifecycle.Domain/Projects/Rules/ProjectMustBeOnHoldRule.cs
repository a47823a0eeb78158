namespace Lifecycle.Domain.Projects;

public sealed class ProjectMustBeOnHoldRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.Status != ProjectStatus.OnHold;

    public string Message => "the project is on hold: only a project on hold can be resumed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The project is not on hold, so there is nothing to resume";
}
