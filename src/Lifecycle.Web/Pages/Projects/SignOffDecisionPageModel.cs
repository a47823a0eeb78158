using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects;

/// <summary>A senior leader approves or rejects what was submitted: the business case, go-live or retirement.</summary>
[RequiresProjectOperation(ProjectOperation.DecideSignOff)]
public abstract class SignOffDecisionPageModel(GetProject getProject, DecideSignOffHandler decide) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public SignOffDecisionInput Input { get; set; } = new();

    public abstract SignOffKind Kind { get; }

    /// <summary>Where the submitted content can be read, and where the decision returns to.</summary>
    public abstract string ContentPath { get; }

    /// <summary>What is being decided, as in "Approve or reject {Subject}".</summary>
    public abstract string Subject { get; }

    protected abstract string ApprovedMessage { get; }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Subject = Subject;
        await ValidateAsync(Input);
        var decision = Input.Decision;
        return await SaveAsync(
            () => decide.HandleAsync(new DecideSignOff(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Kind, decision!.Value, Input.Comment), HttpContext.RequestAborted),
            decision == Decision.Approved ? ApprovedMessage : $"You have rejected {Subject}. The project manager can see your comment.",
            ContentPath,
            "Input.Choice");
    }
}
