using Lifecycle.Application.Audit;

namespace Lifecycle.Web.Pages.Organisation;

/// <summary>Changes to the organisation itself, such as people added; each project has its own trail.</summary>
public sealed class AuditModel(GetAuditTrail getTrail) : LifecyclePageModel
{
    public AuditTrail Trail { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Trail = await getTrail.ForAsync(CurrentUser.OrganisationId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
