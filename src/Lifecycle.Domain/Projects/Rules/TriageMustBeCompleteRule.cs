using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class TriageMustBeCompleteRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.LatestTriage is null;

    public string Message => "the ethics triage is complete";
}
