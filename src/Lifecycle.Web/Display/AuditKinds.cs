namespace Lifecycle.Web.Display;

public static class AuditKinds
{
    public static string Describe(string kind) => kind switch
    {
        "ProjectRegistered" => "Project registered",
        "DetailsChanged" => "Details changed",
        "ChecklistItemDone" => "Checklist item done",
        "ChecklistItemNotApplicable" => "Checklist item marked not applicable",
        "ChecklistItemReopened" => "Checklist item reopened",
        "StageAdvanced" => "Moved to the next stage",
        "ProjectPutOnHold" => "Put on hold",
        "ProjectResumed" => "Resumed",
        "ProjectStopped" => "Stopped",
        "KeptInUse" => "Decided to keep the tool in use while it needs attention",
        "RoleAssigned" => "Role given",
        "RoleRemoved" => "Role removed",
        "PersonAdded" => "Person added",
        "ApiTokenCreated" => "API token made",
        "ApiTokenRevoked" => "API token revoked",
        _ => kind,
    };
}
