namespace Lifecycle.Domain.Projects;

public enum ProjectStatus
{
    Active,
    OnHold,
    Stopped,
    Retired,
}
