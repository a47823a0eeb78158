
namespace Lifecycle.Domain.Projects;

public sealed class ProjectMustBeInStageRule(Project project, int stage, string what) : IBusinessRule
{
    public bool IsBroken() => project.CurrentStage.Number != stage;

    public string Message => $"{what} in {LifecycleFramework.Stage(stage).NumberedTitle}, and this project is in {project.CurrentStage.NumberedTitle}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
