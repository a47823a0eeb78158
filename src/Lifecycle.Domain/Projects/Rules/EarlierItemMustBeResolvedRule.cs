
namespace Lifecycle.Domain.Projects;

/// <summary>An item of a stage already passed has come to apply to the project since, and must now be resolved.</summary>
public sealed class EarlierItemMustBeResolvedRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public ChecklistItemDefinition Item => item;

    public bool IsBroken() => !project.IsResolved(item);

    public string Message =>
        $"{item.Code} ‘{item.Title}’ from {LifecycleFramework.StageOf(item.Code).NumberedTitle} is done: it applies now, though it did not when that stage was finished";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{item.Code} ‘{item.Title}’ from {LifecycleFramework.StageOf(item.Code).NumberedTitle} now applies to this project and is still open: mark it done";
}
