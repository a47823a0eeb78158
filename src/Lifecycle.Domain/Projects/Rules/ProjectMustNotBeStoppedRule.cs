using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class ProjectMustNotBeStoppedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.Status == ProjectStatus.Stopped;

    public string Message => "the project is not stopped: a stopped project can be read but not changed";
}
