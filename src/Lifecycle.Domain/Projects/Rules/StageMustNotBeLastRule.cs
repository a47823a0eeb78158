using Lifecycle.Domain.Common;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Domain.Projects;

public sealed class StageMustNotBeLastRule(StageDefinition stage) : IBusinessRule
{
    public bool IsBroken() => stage.Number >= LifecycleFramework.LastStage;

    public string Message => $"there is a stage after {stage.NumberedTitle}: it is the last stage of the lifecycle";
}
