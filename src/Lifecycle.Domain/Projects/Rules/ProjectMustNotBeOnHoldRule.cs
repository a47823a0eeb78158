using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class ProjectMustNotBeOnHoldRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.Status == ProjectStatus.OnHold;

    public string Message => "the project is taken off hold";
}
