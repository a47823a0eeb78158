namespace Lifecycle.Domain.Projects;

/// <summary>
/// A stopped or retired project can be read and exported but not changed. The one exception is a duty retirement would
/// have asked of a live tool that was stopped (<paramref name="isStopDuty"/>): archiving, telling users, the workbook re-look.
/// </summary>
public sealed class ProjectMustNotBeStoppedRule(Project project, bool isStopDuty = false) : IBusinessRule
{
    public bool IsBroken() => project.IsReadOnly && !(isStopDuty && project.IsWindingDown);

    public string Message => project.Status == ProjectStatus.Retired
        ? "the project is not retired: a retired project can be read but not changed"
        : "the project is not stopped: a stopped project can be read but not changed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => project.Status == ProjectStatus.Retired
        ? "This project is retired, so it can be read and exported but not changed"
        : "This project is stopped, so it can be read and exported but not changed";
}
