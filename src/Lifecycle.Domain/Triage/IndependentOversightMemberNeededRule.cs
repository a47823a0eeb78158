
namespace Lifecycle.Domain.Projects;

/// <summary>A high-risk or novel tool, or a council short of technical skill, has an independent member in its oversight group.</summary>
public sealed class IndependentOversightMemberNeededRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IndependentScrutinyReasons.Count > 0 && project.OversightMembers.All(m => m.Independence != Independence.Independent);

    public string Message =>
        $"the oversight group has a member who is independent of the project, because {string.Join("; ", project.IndependentScrutinyReasons)}: add one on the oversight group page";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The oversight group has no member independent of the project, and it needs one because {string.Join("; ", project.IndependentScrutinyReasons)}: add one on the oversight group page";
}
