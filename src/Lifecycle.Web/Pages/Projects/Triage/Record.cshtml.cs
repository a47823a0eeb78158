using Lifecycle.Domain.Triage;

namespace Lifecycle.Web.Pages.Projects.Triage;

/// <summary>One earlier triage, exactly as it was completed.</summary>
public sealed class RecordModel(GetProject getProject) : ProjectPageModel
{
    [FromRoute]
    public int Number { get; set; }

    public string ProjectName { get; private set; } = string.Empty;

    public TriageRecord Triage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (project.Triages.SingleOrDefault(t => t.Number == Number) is not { } triage)
        {
            return NotFound();
        }

        ProjectName = project.Name;
        Triage = triage;
        return Page();
    }
}
