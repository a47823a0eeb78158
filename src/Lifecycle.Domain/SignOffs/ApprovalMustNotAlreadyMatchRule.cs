
namespace Lifecycle.Domain.Projects;

public sealed class ApprovalMustNotAlreadyMatchRule(Project project, SignOffKind kind) : IBusinessRule
{
    public bool IsBroken() => project.PendingRequest(kind) is null && project.ApprovalStateOf(kind) == ApprovalState.Approved;

    public string Message => "it has changed since it was approved: the current version is already approved";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The current version is already approved: there is nothing new to submit";
}
