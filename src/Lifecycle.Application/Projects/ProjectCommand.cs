namespace Lifecycle.Application.Projects;

/// <summary>What every change to a project carries: which project, whose organisation, the version they saw and who acts.</summary>
public abstract record ProjectCommand(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor)
{
    /// <summary>What must not have changed since the person saw the project at <see cref="ExpectedVersion"/>.</summary>
    public virtual ConflictScope Scope => ConflictScope.WholeProject;
}
