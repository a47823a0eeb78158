
namespace Lifecycle.Domain.Projects;

/// <summary>Items change only in their own stage, or later when they have come to apply since their stage was passed.</summary>
public sealed class ItemMustBeInCurrentStageRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public bool IsBroken() => LifecycleFramework.StageOf(item.Code).Number != project.CurrentStage.Number && !project.CarriedOverItems.Contains(item);

    public string Message =>
        $"{item.Code} belongs to {LifecycleFramework.StageOf(item.Code).NumberedTitle}, which is finished: only items of the current stage, {project.CurrentStage.NumberedTitle}, and earlier items that have since come to apply can be changed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
