using Lifecycle.Domain.Common;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Domain.Projects;

public sealed class BusinessCaseApprovalMustMatchRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.ApprovalStateOf(SignOffKind.BusinessCase) != ApprovalState.Approved;

    public string Message => project.ApprovalStateOf(SignOffKind.BusinessCase) == ApprovalState.ApprovalNoLongerMatches
        ? "a senior leader approves the business case as it is now: it has changed since it was approved"
        : "a senior leader has approved the business case";
}
