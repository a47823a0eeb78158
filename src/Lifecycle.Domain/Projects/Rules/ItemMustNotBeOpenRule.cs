
namespace Lifecycle.Domain.Projects;

public sealed class ItemMustNotBeOpenRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public bool IsBroken() => project.OutcomeOf(item.Code) == ChecklistOutcome.Open;

    public string Message => $"{item.Code} is already open";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{item.Code} is already open: there is nothing to reopen";
}
