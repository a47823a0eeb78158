using Lifecycle.Application.Audit;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Pages.Projects;

public sealed class AuditModel(GetProject getProject, GetAuditTrail getTrail, CheckAuditChain checkChain) : ProjectPageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public AuditQuery Query { get; set; } = new();

    public string ProjectName { get; private set; } = string.Empty;

    public AuditTrailView Trail { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a filter the address cannot hold (person=abc) is ignored, like the portfolio's
        ProjectName = await getProject.NameAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        var page = await getTrail.PageAsync(ProjectId, CurrentUser.OrganisationId, Query.ToFilter(), Query.PageNumber, HttpContext.RequestAborted);
        Trail = new AuditTrailView(page, Query, n => Links.Audit(ProjectId, Query.RouteValues(n)), Can(ProjectOperation.CheckAuditTrail));
    }

    /// <summary>Re-hashes every entry now instead of waiting for the background check: the project manager or an administrator, once a minute.</summary>
    [RequiresProjectOperation(ProjectOperation.CheckAuditTrail)]
    public async Task<IActionResult> OnPostCheckInFullAsync()
    {
        var (result, tryAgainAt) = await checkChain.CheckOnDemandAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        TempData[result is null ? "Notice" : "Success"] = AuditCheckMessages.After(result, tryAgainAt);
        return Redirect(Links.Audit(ProjectId));
    }
}
