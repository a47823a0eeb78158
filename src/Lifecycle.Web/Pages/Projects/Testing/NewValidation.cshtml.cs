using Lifecycle.Application.Access;
using Lifecycle.Application.Assessments;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>Stage 7: an expert outside the team has checked the tool and its results.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewValidationModel(GetProject getProject, RecordTestingHandler record) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? Validator { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public DateInput ValidatedOn { get; set; } = new();

    [BindProperty]
    public string? Conclusion { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.RequireText(nameof(Validator), Validator, "Enter the name of the person who validated the tool", TextLimits.Name, "Name");
        ModelState.RequireText(nameof(Organisation), Organisation, "Enter the organisation they work for", TextLimits.Name, "Organisation");
        if (ValidatedOn.Value is null)
        {
            ModelState.AddModelError(nameof(ValidatedOn), ValidatedOn.IsEmpty ? "Enter the date of the validation" : "Date of the validation must be a real date, like 27 3 2026");
        }

        ModelState.RequireText(nameof(Conclusion), Conclusion, "Enter what the validator concluded", TextLimits.LongText, "Conclusion");
        return await SaveAsync(
            () => record.HandleAsync(new RecordExternalValidation(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Validator!, Organisation!, ValidatedOn.Value!.Value, Conclusion!),
                HttpContext.RequestAborted),
            "The external validation has been recorded.",
            $"/projects/{ProjectId}/testing",
            nameof(Validator));
    }
}
