namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>Stage 7: every test run judged against the thresholds, and the external validation.</summary>
public sealed class IndexModel(GetProject getProject) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync() => Project = await getProject.SharedCopyAsync(ProjectId, CurrentUser.OrganisationId, ProjectViews.Testing, HttpContext.RequestAborted);
}
