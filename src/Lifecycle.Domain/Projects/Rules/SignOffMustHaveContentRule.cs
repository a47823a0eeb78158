using Lifecycle.Domain.Common;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Domain.Projects;

/// <summary>There is something to approve: a business case, a go-live plan, or reasons for retiring.</summary>
public sealed class SignOffMustHaveContentRule(Project project, SignOffKind kind) : IBusinessRule
{
    public bool IsBroken() => project.CurrentFingerprint(kind) is null;

    public string Message => kind switch
    {
        SignOffKind.BusinessCase => "the business case sets out the problem and the rationale",
        SignOffKind.GoLive => "the deployment plan is recorded",
        SignOffKind.Retirement => "the reasons for retiring the tool are recorded",
        SignOffKind.ThresholdChange => "the accuracy thresholds have been loosened after a failing result: only such a change needs approval",
        SignOffKind.PlanChange => "a change to the live tool's deployment plan has been proposed",
    };
}
