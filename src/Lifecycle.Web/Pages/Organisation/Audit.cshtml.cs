using Lifecycle.Application.Audit;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Pages.Organisation;

/// <summary>Changes to the organisation itself, such as people added; each project has its own trail.</summary>
public sealed class AuditModel(GetAuditTrail getTrail, CheckAuditChain checkChain) : LifecyclePageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public AuditQuery Query { get; set; } = new();

    public AuditTrailView Trail { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ModelState.Clear();
        var page = await getTrail.PageAsync(CurrentUser.OrganisationId, CurrentUser.OrganisationId, Query.ToFilter(), Query.PageNumber, HttpContext.RequestAborted);
        Trail = new AuditTrailView(page, Query, n => Url.Page("/Organisation/Audit", Query.RouteValues(n))!, CanCheckInFull: true);
    }

    public async Task<IActionResult> OnPostCheckInFullAsync()
    {
        var (result, tryAgainAt) = await checkChain.CheckOnDemandAsync(CurrentUser.OrganisationId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        TempData[result is null ? "Notice" : "Success"] = AuditCheckMessages.After(result, tryAgainAt);
        return RedirectToPage();
    }
}
