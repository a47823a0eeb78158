
namespace Lifecycle.Domain.Projects;

/// <summary>A mandatory item that applies to the project is done, or validly not applicable.</summary>
public sealed class ChecklistItemMustBeResolvedRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public ChecklistItemDefinition Item => item;

    public bool IsBroken() => !project.IsResolved(item);

    public string Message => item.NotApplicableAllowed
        ? $"{item.Code} ‘{item.Title}’ is done or marked not applicable"
        : $"{item.Code} ‘{item.Title}’ is done";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => item.NotApplicableAllowed
        ? $"{item.Code} ‘{item.Title}’ is still open: mark it done, or not applicable, on the checklist"
        : $"{item.Code} ‘{item.Title}’ is still open: mark it done on the checklist";
}
