using Lifecycle.Application.Access;
using Lifecycle.Application.Engagement;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Engagement;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.RaiseFeedback)]
public sealed class NewFeedbackModel(GetProject getProject, RecordFeedbackHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? RaisedBy { get; set; }

    [BindProperty]
    public DateInput RaisedOn { get; set; } = new();

    [BindProperty]
    public string? About { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var kind = Enum.TryParse<FeedbackKind>(Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : (FeedbackKind?)null;
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select whether this is feedback or a challenge");
        }

        ModelState.LimitText(nameof(RaisedBy), RaisedBy, TextLimits.Name, "Name");
        ModelState.RequireDate(nameof(RaisedOn), RaisedOn, "the date it was raised");
        ModelState.RequireText(nameof(About), About, "Enter what it is about", TextLimits.ShortText, "What it is about");
        ModelState.RequireText(nameof(Details), Details, "Enter the feedback or challenge", TextLimits.LongText, "Details");
        return await SaveAsync(
            () => handler.HandleAsync(new RecordFeedback(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, kind!.Value, RaisedBy, RaisedOn.Value!.Value, About!, Details!),
                HttpContext.RequestAborted),
            $"The {kind?.ToString().ToLowerInvariant()} has been added to the register.",
            ProjectPage("/Projects/Engagement/Index", null, "feedback"),
            nameof(Kind));
    }
}
