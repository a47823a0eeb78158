using Lifecycle.Application.Access;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects;

/// <summary>A page about one project. <see cref="Security.ProjectAccessFilter"/> has already checked access.</summary>
public abstract class ProjectPageModel : LifecyclePageModel
{
    [FromRoute]
    public Guid ProjectId { get; set; }

    public ProjectAccess Access => (ProjectAccess)HttpContext.Items[typeof(ProjectAccess)]!;

    public bool Can(ProjectOperation operation) => Access.Allows(operation);
}
