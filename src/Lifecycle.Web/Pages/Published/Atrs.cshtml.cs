using Lifecycle.Application.Publication;
using Lifecycle.Web.Exports.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Published;

/// <summary>The published copy of a tool's record as ATRS 3.0 JSON, for anyone (the same 404s as its page).</summary>
[AllowAnonymous]
public sealed class AtrsModel(PublicTools tools) : PageModel
{
    [FromRoute]
    public string Organisation { get; set; } = string.Empty;

    [FromRoute(Name = "tool")]
    public string ToolSlug { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await tools.ToolAsync(Organisation, ToolSlug, HttpContext.RequestAborted) is not { } tool)
        {
            return NotFound();
        }

        var json = TransparencyJson.Write(tool.Record.AsRecord(tool.Name), tool.PublishedAt);
        return File(json, "application/json", $"{tool.OrganisationSlug}-{tool.Slug}-atrs.json");
    }
}
