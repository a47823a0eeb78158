using Lifecycle.Application.Testing;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>Stage 7: an expert outside the team has checked the tool and its results.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewValidationModel(GetProject getProject, RecordExternalValidationHandler record) : RecordFormPageModel(getProject), Security.IAddsARecord
{
    [BindProperty]
    public ExternalValidationInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => record.HandleAsync(new RecordExternalValidation(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToDetails()), HttpContext.RequestAborted),
            "The external validation has been recorded.",
            Links.Testing(ProjectId),
            "Input.Validator");
    }
}
