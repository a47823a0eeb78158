using Lifecycle.Application.Engagement;
using Lifecycle.Domain.Engagement;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class RespondModel(GetProject getProject, RespondToFeedbackHandler handler) : RecordFormPageModel(getProject)
{
    [FromRoute]
    public Guid FeedbackId { get; set; }

    [BindProperty]
    public FeedbackResponseInput Input { get; set; } = new();

    /// <summary>The item's stamp when the form was shown, so only another reply to the same item clashes.</summary>
    [BindProperty]
    public string? RecordStamp { get; set; }

    public FeedbackItem Item => Project.Feedback.Single(f => f.Id == FeedbackId);

    protected override bool RecordExists => Project.Feedback.Any(f => f.Id == FeedbackId);

    protected override IActionResult? Prefill()
    {
        Input = new() { Reply = Item.Response, Status = Item.Status == FeedbackStatus.Open ? null : Item.Status.ToString() };
        RecordStamp = RecordStamps.FeedbackResponse(Project, FeedbackId);
        return null;
    }

    protected override void ShowLatestRecord()
    {
        ModelState.Remove(nameof(RecordStamp));
        RecordStamp = RecordStamps.FeedbackResponse(Project, FeedbackId);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        await ValidateAsync(Input);
        var status = Input.ChosenStatus;
        return await SaveAsync(
            () => handler.HandleAsync(new RespondToFeedback(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, FeedbackId, Input.Reply!, status!.Value, RecordStamp), HttpContext.RequestAborted),
            $"Your response to F{Item.Number} has been saved.",
            Links.FeedbackItem(ProjectId, Item.Number),
            "Input.Reply");
    }
}
