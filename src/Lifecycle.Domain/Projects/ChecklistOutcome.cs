namespace Lifecycle.Domain.Projects;

public enum ChecklistOutcome
{
    Open,
    Done,
    NotApplicable,
}
