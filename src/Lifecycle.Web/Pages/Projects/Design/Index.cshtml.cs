using Lifecycle.Application.Design;
using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.Design;

/// <summary>Stage 5: what success looks like and, for predictive tools, the accuracy the tool must reach.</summary>
public sealed class IndexModel(GetProject getProject, SaveDesignRecordsHandler save, SubmitForSignOffHandler submit) : ProjectPageModel
{
    [BindProperty]
    public DesignInput Input { get; set; } = new();

    public Project Project { get; private set; } = null!;

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Input = DesignInput.From(Project.SuccessCriteria, Project.AccuracyThresholds, Project.IsPredictive);
        Version = Project.Version;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Input.IncludeThresholds = Project.IsPredictive;
        if (await this.ValidateAsync(Input) && ReasonGivenIfNeeded())
        {
            var outcome = await TryChangeAsync(
                () => save.HandleAsync(new SaveDesignRecords(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToCriteria(), Input.ToThresholds(), Input.ThresholdChangeReason),
                    HttpContext.RequestAborted),
                Project.IsPredictive ? "The success criteria and accuracy thresholds have been saved." : "The success criteria have been saved.",
                Links.Stage(ProjectId, 5),
                "Input.WhatWillImprove");
            if (outcome is not null)
            {
                return outcome;
            }

            Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        }

        ShowLatestVersion(Project.Version);
        return Page();
    }

    /// <summary>Sends thresholds loosened after a failing result to the project's senior leaders.</summary>
    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public Task<IActionResult> OnPostSubmitChangeAsync() =>
        SubmitAsync(SignOffKind.ThresholdChange, "The changed thresholds have been sent to the project's senior leaders for approval.");

    /// <summary>Asks again for agreement that the tool cannot be judged by group (the first request is made when the reason is saved).</summary>
    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public Task<IActionResult> OnPostSubmitUngroupedAsync() =>
        SubmitAsync(SignOffKind.UngroupedResults, "The reason the tool cannot be judged by group has been sent to the project's senior leaders.");

    private async Task<IActionResult> SubmitAsync(SignOffKind kind, string done)
    {
        var outcome = await TryChangeAsync(
            () => submit.HandleAsync(new SubmitForSignOff(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, kind), HttpContext.RequestAborted),
            done,
            Links.Design(ProjectId),
            string.Empty);
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>Once testing has begun, a change to the thresholds says why (the domain refuses it otherwise).</summary>
    private bool ReasonGivenIfNeeded()
    {
        if (Project.TestRuns.Count == 0 || Input.ToThresholds() == Project.AccuracyThresholds || !string.IsNullOrWhiteSpace(Input.ThresholdChangeReason))
        {
            return true;
        }

        ModelState.AddModelError("Input.ThresholdChangeReason", "Say why the thresholds are changing now that testing has begun");
        return false;
    }
}
