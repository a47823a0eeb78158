namespace Lifecycle.Web.Pages.Projects.Solution;

public sealed class DatasetsModel(GetProject getProject) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync() => Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
