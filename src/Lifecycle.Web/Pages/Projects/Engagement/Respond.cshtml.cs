using Lifecycle.Application.Access;
using Lifecycle.Application.Engagement;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Engagement;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class RespondModel(GetProject getProject, RespondToFeedbackHandler handler) : RecordFormPageModel(getProject)
{
    [FromRoute]
    public Guid FeedbackId { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    public FeedbackItem Item => Project.Feedback.Single(f => f.Id == FeedbackId);

    protected override bool RecordExists => Project.Feedback.Any(f => f.Id == FeedbackId);

    protected override IActionResult? Prefill()
    {
        (Reply, Status) = (Item.Response, Item.Status == FeedbackStatus.Open ? null : Item.Status.ToString());
        return null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        var status = Enum.TryParse<FeedbackStatus>(Status, out var parsed) && parsed is FeedbackStatus.Responded or FeedbackStatus.Closed ? parsed : (FeedbackStatus?)null;
        ModelState.RequireText(nameof(Reply), Reply, "Enter your response", TextLimits.LongText, "Response");
        if (status is null)
        {
            ModelState.AddModelError(nameof(Status), "Select whether this is now closed or still being followed up");
        }

        return await SaveAsync(
            () => handler.HandleAsync(new RespondToFeedback(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, FeedbackId, Reply!, status!.Value), HttpContext.RequestAborted),
            $"Your response to F{Item.Number} has been saved.",
            ProjectPage("/Projects/Engagement/Index", null, $"feedback-{Item.Number}"),
            nameof(Reply));
    }
}
