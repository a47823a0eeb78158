namespace Lifecycle.Application.Access;

/// <summary>A person's standing on one project of their own organisation.</summary>
public sealed record ProjectAccess(Guid ProjectId, Guid OrganisationId, IReadOnlySet<ProjectRole> Roles, bool IsOrganisationAdministrator)
{
    public bool Allows(ProjectOperation operation) => operation switch
    {
        ProjectOperation.Read => IsOrganisationAdministrator || Roles.Count > 0,
        ProjectOperation.RecordChecklist => HasAny(ProjectRole.ProjectManager, ProjectRole.DataPractitioner),
        ProjectOperation.RecordAssessment => HasAny(ProjectRole.ProjectManager, ProjectRole.DataPractitioner),
        ProjectOperation.AdvanceStage => HasAny(ProjectRole.ProjectManager),
        ProjectOperation.WriteBusinessCase => HasAny(ProjectRole.ProjectManager),
        ProjectOperation.DecideSignOff => HasAny(ProjectRole.SeniorLeader),
        ProjectOperation.ChangeStatus => HasAny(ProjectRole.ProjectManager, ProjectRole.SeniorLeader),
        ProjectOperation.EditDetails => HasAny(ProjectRole.ProjectManager),
        ProjectOperation.ManageRisks => HasAny(ProjectRole.ProjectManager),
        ProjectOperation.ManageGovernance => HasAny(ProjectRole.ProjectManager, ProjectRole.DataPractitioner),
        ProjectOperation.ManageTeam => IsOrganisationAdministrator || HasAny(ProjectRole.ProjectManager),
        ProjectOperation.ExportTransparencyRecord => HasAny(ProjectRole.ProjectManager),
        ProjectOperation.WithdrawResult => HasAny(ProjectRole.ProjectManager, ProjectRole.SeniorLeader),
        ProjectOperation.CheckAuditTrail => IsOrganisationAdministrator || HasAny(ProjectRole.ProjectManager),
        ProjectOperation.RaiseFeedback => HasAny(ProjectRole.ProjectManager, ProjectRole.DataPractitioner, ProjectRole.OversightMember),
    };

    private bool HasAny(params ProjectRole[] roles) => roles.Any(Roles.Contains);
}
