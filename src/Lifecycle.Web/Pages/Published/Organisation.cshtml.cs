using Lifecycle.Application.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Published;

/// <summary>An organisation's published tools, in use and retired. No published tool, or no such organisation: not found alike.</summary>
[AllowAnonymous]
public sealed class OrganisationModel(PublicTools tools) : PageModel
{
    [FromRoute]
    public string Organisation { get; set; } = string.Empty;

    public PublicOrganisation Published { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await tools.OrganisationAsync(Organisation, HttpContext.RequestAborted) is not { } published)
        {
            return NotFound();
        }

        Published = published;
        return Page();
    }
}
