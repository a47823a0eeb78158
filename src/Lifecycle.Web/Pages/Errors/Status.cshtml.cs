using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [FromRoute]
    public int Code { get; set; }

    public void OnGet()
    {
    }

    // Status pages re-execute with the original method, so a refused POST must render here too.
    public void OnPost()
    {
    }
}
