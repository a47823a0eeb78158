using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [FromRoute]
    public int Code { get; set; }

    /// <summary>Whether the refused request came from the public pages, whose readers have no account and no projects.</summary>
    public bool FromPublicPages =>
        HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath.StartsWith("/public/", StringComparison.OrdinalIgnoreCase) == true;

    public void OnGet()
    {
    }

    // Status pages re-execute with the original method, so a refused POST must render here too.
    public void OnPost()
    {
    }
}
