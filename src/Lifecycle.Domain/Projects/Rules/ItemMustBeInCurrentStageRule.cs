using Lifecycle.Domain.Common;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Domain.Projects;

public sealed class ItemMustBeInCurrentStageRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public bool IsBroken() => LifecycleFramework.StageOf(item.Code).Number != project.CurrentStage.Number;

    public string Message =>
        $"{item.Code} belongs to {LifecycleFramework.StageOf(item.Code).NumberedTitle}; only items in the current stage, {project.CurrentStage.NumberedTitle}, can be changed";
}
