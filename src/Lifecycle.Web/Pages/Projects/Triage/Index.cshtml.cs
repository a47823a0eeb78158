namespace Lifecycle.Web.Pages.Projects.Triage;

public sealed class IndexModel(GetProject getProject) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync() => Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
