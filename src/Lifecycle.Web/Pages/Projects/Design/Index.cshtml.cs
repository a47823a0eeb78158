using FluentValidation;
using Lifecycle.Application.Access;
using Lifecycle.Application.Assessments;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Design;

/// <summary>Stage 5: what success looks like and, for predictive tools, the accuracy the tool must reach.</summary>
public sealed class IndexModel(GetProject getProject, SaveDesignRecordsHandler save, IValidator<DesignInput> validator) : ProjectPageModel
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
        if (await validator.ValidateIntoAsync(Input, ModelState, nameof(Input), HttpContext.RequestAborted))
        {
            var outcome = await TryChangeAsync(
                () => save.HandleAsync(new SaveDesignRecords(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToCriteria(), Input.ToThresholds()),
                    HttpContext.RequestAborted),
                Project.IsPredictive ? "The success criteria and accuracy thresholds have been saved." : "The success criteria have been saved.",
                $"/projects/{ProjectId}/stages/5",
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
}
