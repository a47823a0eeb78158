using Lifecycle.Application.Audit;

namespace Lifecycle.Web.Pages.Projects;

public sealed class AuditModel(GetProject getProject, GetAuditTrail getTrail) : ProjectPageModel
{
    public string ProjectName { get; private set; } = string.Empty;

    public AuditTrail Trail { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ProjectName = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Name;
        Trail = await getTrail.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
    }
}
