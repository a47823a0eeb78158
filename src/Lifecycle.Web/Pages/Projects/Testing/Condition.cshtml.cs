using Lifecycle.Application.Testing;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>Stages 7 and 8: record how a condition the external validator set on going live was met.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class ConditionModel(GetProject getProject, MarkValidationConditionMetHandler record) : RecordFormPageModel(getProject)
{
    [FromRoute]
    public int ConditionNumber { get; set; }

    [BindProperty]
    public ConditionMetInput Input { get; set; } = new();

    public ValidationCondition Condition => Project.LatestValidation!.Conditions.Single(c => c.Number == ConditionNumber);

    protected override bool RecordExists => Project.LatestValidation?.Conditions.Any(c => c.Number == ConditionNumber) == true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        await ValidateAsync(Input);
        return await SaveAsync(
            () => record.HandleAsync(new MarkValidationConditionMet(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, ConditionNumber, Input.HowMet), HttpContext.RequestAborted),
            $"Condition {ConditionNumber} is recorded as met.",
            Links.Validations(ProjectId),
            "Input.HowMet");
    }
}
