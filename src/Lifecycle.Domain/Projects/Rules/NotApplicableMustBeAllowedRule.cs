
namespace Lifecycle.Domain.Projects;

public sealed class NotApplicableMustBeAllowedRule(ChecklistItemDefinition item) : IBusinessRule
{
    public bool IsBroken() => !item.NotApplicableAllowed;

    public string Message => $"{item.Code} ‘{item.Title}’ cannot be marked not applicable: every project must do it";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
