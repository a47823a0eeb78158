namespace Lifecycle.Domain.Projects;

public enum StageStatus
{
    CannotStartYet,
    NotYetStarted,
    InProgress,
    Completed,
}
