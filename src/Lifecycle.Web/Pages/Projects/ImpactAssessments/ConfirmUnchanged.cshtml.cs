using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Pages.Projects.ImpactAssessments;

/// <summary>After a change of scope, the team confirms with a reason that an impact assessment still stands as it is.</summary>
[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class ConfirmUnchangedModel(GetProject getProject, ConfirmAssessmentUnchangedHandler handler) : RecordFormPageModel(getProject)
{
    [FromRoute]
    public Guid AssessmentId { get; set; }

    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public ImpactAssessment Assessment => Project.ImpactAssessments.Single(a => a.Id == AssessmentId);

    protected override ProjectParts Parts => ProjectViews.Monitoring;

    protected override bool RecordExists => Project.ImpactAssessments.Any(a => a.Id == AssessmentId);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        Input.WhenMissing = "Enter why the assessment still stands as it is";
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new ConfirmAssessmentUnchanged(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, AssessmentId, Input.Reason), HttpContext.RequestAborted),
            $"You have confirmed that the {Assessment.Title} still stands as it is.",
            Links.Monitoring(ProjectId),
            "Input.Reason");
    }
}
