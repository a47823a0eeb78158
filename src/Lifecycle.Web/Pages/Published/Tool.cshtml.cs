using Lifecycle.Application.Publication;
using Lifecycle.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Published;

/// <summary>
/// One published tool, in plain English for families, from the published copy of its record only; and the form that
/// puts a question or challenge into the project's register. Unknown, never published and taken down all answer 404.
/// </summary>
[AllowAnonymous]
public sealed class ToolModel(PublicTools tools, AskAboutPublicToolHandler ask, TimeProvider clock, PublicQuestionThrottle throttle) : PageModel, Security.IAddsARecord
{
    [FromRoute]
    public string Organisation { get; set; } = string.Empty;

    [FromRoute(Name = "tool")]
    public string ToolSlug { get; set; } = string.Empty;

    public PublicTool Tool { get; private set; } = null!;

    [BindProperty]
    public PublicQuestion Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool sent = false)
    {
        if (await tools.ToolAsync(Organisation, ToolSlug, HttpContext.RequestAborted) is not { } tool)
        {
            return NotFound();
        }

        Tool = tool;
        Sent = sent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await tools.ToolAsync(Organisation, ToolSlug, HttpContext.RequestAborted) is not { } tool)
        {
            return NotFound();
        }

        Tool = tool;
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.MustWait(address))
        {
            // The status page explains, in words for the public, and the header says when a program may try again.
            Response.Headers.RetryAfter = ((int)throttle.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        try
        {
            var today = UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            await ask.HandleAsync(new AskAboutPublicTool(tool, Input.ChosenKind!.Value, Input.Name, Input.About!, Input.Details!, today), HttpContext.RequestAborted);
        }
        catch (BusinessRuleViolationException)
        {
            ModelState.AddModelError(string.Empty, $"We cannot take messages about this tool here any more. Contact {tool.OrganisationName} directly.");
            return Page();
        }

        throttle.RecordAccepted(address);
        return RedirectToPage(new { organisation = Organisation, tool = ToolSlug, sent = true });
    }
}
