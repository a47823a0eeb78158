using Lifecycle.Domain.Common;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Domain.Projects;

public sealed class ItemMustNotBeOpenRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public bool IsBroken() => project.OutcomeOf(item.Code) == ChecklistOutcome.Open;

    public string Message => $"{item.Code} is already open";
}
