using Lifecycle.Application.Access;
using Lifecycle.Application.Evaluation;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Evaluation;

/// <summary>Stage 7: an expert outside the team has checked the tool and its results.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewValidationModel(GetProject getProject, RecordExternalValidationHandler record) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? Validator { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public DateInput ValidatedOn { get; set; } = new();

    [BindProperty]
    public string? Verdict { get; set; }

    [BindProperty]
    public string? Conclusion { get; set; }

    /// <summary>One condition a line, as the validator set them.</summary>
    [BindProperty]
    public string? Conditions { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.RequireText(nameof(Validator), Validator, "Enter the name of the person who validated the tool", TextLimits.Name, "Name");
        ModelState.RequireText(nameof(Organisation), Organisation, "Enter the organisation they work for", TextLimits.Name, "Organisation");
        if (ValidatedOn.Value is null)
        {
            ModelState.AddModelError(nameof(ValidatedOn), ValidatedOn.IsEmpty ? "Enter the date of the validation" : "Date of the validation must be a real date, like 27 3 2026");
        }

        var verdict = Enum.TryParse<ValidationVerdict>(Verdict, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ValidationVerdict?)null;
        if (verdict is null)
        {
            ModelState.AddModelError(nameof(Verdict), "Select whether the validator supports going live");
        }

        ModelState.RequireText(nameof(Conclusion), Conclusion, "Enter what the validator concluded", TextLimits.LongText, "Conclusion");
        var conditions = ConditionLines();
        if (verdict == ValidationVerdict.SupportsWithConditions && conditions.Count == 0)
        {
            ModelState.AddModelError(nameof(Conditions), "Enter each condition the validator set, one on each line");
        }
        else if (verdict is not null && verdict != ValidationVerdict.SupportsWithConditions && conditions.Count > 0)
        {
            ModelState.AddModelError(nameof(Conditions), "Remove the conditions, or select that the validator supports going live with conditions");
        }
        else if (conditions.Count > ConditionsMustMatchVerdictRule.MostConditions || conditions.Any(c => c.Length > TextLimits.ShortText))
        {
            ModelState.AddModelError(nameof(Conditions), $"Enter at most {ConditionsMustMatchVerdictRule.MostConditions} conditions, each {TextLimits.ShortText} characters or fewer");
        }

        return await SaveAsync(
            () => record.HandleAsync(new RecordExternalValidation(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor,
                new ExternalValidationDetails(Validator, Organisation, ValidatedOn.Value!.Value, verdict!.Value, Conclusion, conditions)), HttpContext.RequestAborted),
            "The external validation has been recorded.",
            ProjectPage("/Projects/Evaluation/Index"),
            nameof(Validator));
    }

    private List<string> ConditionLines() =>
        (Conditions ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
}
