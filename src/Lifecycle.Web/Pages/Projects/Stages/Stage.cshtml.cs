using Lifecycle.Domain.Framework;

namespace Lifecycle.Web.Pages.Projects.Stages;

public sealed class StageModel(GetProject getProject, AdvanceStageHandler advance) : ProjectPageModel
{
    [FromRoute]
    public int StageNumber { get; set; }


    public Project Project { get; private set; } = null!;

    public StageDefinition Stage { get; private set; } = null!;

    /// <summary>Why the last attempt to move on was refused, rule by rule.</summary>
    public IReadOnlyList<IBusinessRule> Refusal { get; private set; } = [];

    public StageDefinition? RefusedNextStage { get; private set; }

    public bool IsCurrent => Project.CurrentStage.Number == Stage.Number;

    public async Task<IActionResult> OnGetAsync()
    {
        if (LifecycleFramework.FindStage(StageNumber) is not { } stage)
        {
            return NotFound();
        }

        Stage = stage;
        Project = await getProject.SharedCopyAsync(ProjectId, CurrentUser.OrganisationId, ProjectViews.Stage(stage.Number), HttpContext.RequestAborted);
        return Page();
    }

    [RequiresProjectOperation(ProjectOperation.AdvanceStage)]
    public async Task<IActionResult> OnPostAdvanceAsync()
    {
        try
        {
            await advance.HandleAsync(new AdvanceStage(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor), HttpContext.RequestAborted);
            var moved = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
            TempData["Success"] = moved.Status == ProjectStatus.Retired
                ? "The retirement is complete. The project is retired: it can still be read and exported."
                : $"{LifecycleFramework.Stage(StageNumber).NumberedTitle} is complete. The project has moved to {moved.CurrentStage.NumberedTitle}.";
            return Redirect(Links.Stage(ProjectId, moved.CurrentStage.Number));
        }
        catch (BusinessRuleViolationException violation)
        {
            Refusal = violation.BrokenRules;
            ViewData["HasErrors"] = true;
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, ConcurrencyMessage.Text);
        }

        var result = await OnGetAsync();
        RefusedNextStage = LifecycleFramework.FindStage(Project.CurrentStage.Number + 1);
        return result;
    }
}
