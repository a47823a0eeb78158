using Lifecycle.Application.Testing;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>
/// Stages 7 and 9: a wrongly recorded test run or monitoring review is withdrawn with a reason. It stays
/// on the page, in the pack and in the audit trail as withdrawn, and is no longer judged.
/// </summary>
[RequiresProjectOperation(ProjectOperation.WithdrawResult)]
public sealed class WithdrawModel(GetProject getProject, WithdrawResultHandler withdraw) : ResultPageModel(getProject)
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        Input.WhenMissing = "Say what was recorded wrongly";
        await ValidateAsync(Input);
        return await SaveAsync(
            () => withdraw.HandleAsync(new WithdrawResult(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Kind!.Value, Number, Input.Reason), HttpContext.RequestAborted),
            $"You have withdrawn {Result.Title}.",
            BackPath,
            "Input.Reason");
    }
}
