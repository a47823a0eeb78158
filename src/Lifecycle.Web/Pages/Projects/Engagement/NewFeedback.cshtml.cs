using Lifecycle.Application.Engagement;
using Lifecycle.Domain.Engagement;
using Lifecycle.Web.Links;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.RaiseFeedback)]
public sealed class NewFeedbackModel(GetProject getProject, RecordFeedbackHandler handler) : RecordFormPageModel(getProject), Security.IAddsARecord
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        var kind = Input.ChosenKind;
        return await SaveAsync(
            () => handler.HandleAsync(new RecordFeedback(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, kind!.Value, Input.RaisedBy, Input.RaisedOn.Value!.Value, Input.About!, Input.Details!),
                HttpContext.RequestAborted),
            $"The {kind?.ToString().ToLowerInvariant()} has been added to the register.",
            Links.Engagement(ProjectId, EngagementPart.Feedback),
            "Input.Kind");
    }
}
