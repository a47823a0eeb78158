using Lifecycle.Application.Access;
using Lifecycle.Application.Evaluation;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Evaluation;

/// <summary>
/// Stages 7 and 9: a senior leader accepts that a group in a test run or monitoring review had too few
/// cases to judge, with a reason, so the result can pass without more cases.
/// </summary>
[RequiresProjectOperation(ProjectOperation.DecideSignOff)]
public sealed class AcceptGapModel(GetProject getProject, AcceptSmallGroupGapHandler accept) : ResultPageModel(getProject)
{
    [BindProperty]
    public string? Group { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The groups still waiting for a decision: too few cases to judge, gap not yet accepted.</summary>
    public IReadOnlyList<GroupResult> OpenGaps =>
        Project.ResultOf(Result)?.Groups.Where(g => g.IsTooFewToJudge && !g.GapAccepted).ToList() ?? [];

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        if (OpenGaps.All(g => g.Group != Group))
        {
            ModelState.AddModelError(nameof(Group), "Select the group whose gap you accept");
        }

        ModelState.RequireText(nameof(Reason), Reason, "Say why the group's results can be accepted without more cases", TextLimits.Reason, "Reason");
        return await SaveAsync(
            () => accept.HandleAsync(new AcceptSmallGroupGap(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Kind!.Value, Number, Group!, Reason), HttpContext.RequestAborted),
            $"You have accepted the gap for {Group} in {Result.Title}.",
            BackPath,
            nameof(Group));
    }
}
