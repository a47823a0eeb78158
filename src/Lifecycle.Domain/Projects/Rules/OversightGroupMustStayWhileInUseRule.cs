
namespace Lifecycle.Domain.Projects;

/// <summary>
/// From the go-live submission on, and while the tool is in use (stage 9), its oversight group keeps at least one member, and keeps an
/// independent member when the tool needs independent scrutiny: oversight continues after go-live.
/// </summary>
public sealed class OversightGroupMustStayWhileInUseRule(Project project, OversightMember leaving) : IBusinessRule
{
    private List<OversightMember> Remaining => project.OversightMembers.Where(m => m.Id != leaving.Id).ToList();

    /// <summary>From the go-live submission on: the group a go-live decision relies on stays while the decision is made.</summary>
    private bool InUse => !project.IsReadOnly && project.CurrentStage.Number is Project.PreDeploymentStage or Project.MonitoringStage
        && (project.CurrentStage.Number == Project.MonitoringStage || project.SignOffRequests.Any(r => r.Kind == SignOffs.SignOffKind.GoLive));

    private bool LeavesNoIndependent =>
        project.IndependentScrutinyReasons.Count > 0 && Remaining.All(m => m.Independence != Independence.Independent);

    public bool IsBroken() => InUse && (Remaining.Count == 0 || LeavesNoIndependent);

    public string Message => Remaining.Count == 0
        ? $"the oversight group keeps at least one member while the tool is in use: add the person replacing {leaving.Name} before removing them"
        : $"the oversight group keeps an independent member while the tool is in use: add another independent member before removing {leaving.Name}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Remaining.Count == 0
        ? $"The tool is in use, so its oversight group cannot be left empty: add the person replacing {leaving.Name} before removing them"
        : $"The tool is in use, so its oversight group needs an independent member: add another independent member before removing {leaving.Name}";
}
