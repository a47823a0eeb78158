using Lifecycle.Application.Testing;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>
/// Stages 7 and 9: a senior leader accepts that a group in a test run or monitoring review had too few
/// cases to judge, with a reason, so the result can pass without more cases.
/// </summary>
[RequiresProjectOperation(ProjectOperation.DecideSignOff)]
public sealed class AcceptGapModel(GetProject getProject, AcceptSmallGroupGapHandler accept) : ResultPageModel(getProject)
{
    [BindProperty]
    public AcceptGapInput Input { get; set; } = new();

    /// <summary>The groups still waiting for a decision: too few cases to judge, gap not yet accepted.</summary>
    public IReadOnlyList<GroupResult> OpenGaps =>
        Project.ResultOf(Result)?.Groups.Where(g => g.IsTooFewToJudge && !g.GapAccepted).ToList() ?? [];

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        Input.OpenGroups = OpenGaps.Select(g => g.Group).ToList();
        await ValidateAsync(Input);
        return await SaveAsync(
            () => accept.HandleAsync(new AcceptSmallGroupGap(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Kind!.Value, Number, Input.Group!, Input.Reason), HttpContext.RequestAborted),
            $"You have accepted the gap for {Input.Group} in {Result.Title}.",
            BackPath,
            "Input.Group");
    }
}
