using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;

namespace Lifecycle.Web.Pages.Projects.Risks;

/// <summary>Adding and changing a risk share one form and one save.</summary>
[RequiresProjectOperation(ProjectOperation.ManageRisks)]
public abstract class RiskFormPageModel(GetProject getProject, SaveRiskHandler save) : ProjectPageModel
{
    [BindProperty]
    public RiskInput Input { get; set; } = new();

    /// <summary>The risk's stamp when the form was shown (a change only), so a save clashes only with a change to the same risk.</summary>
    [BindProperty]
    public string? RecordStamp { get; set; }

    public Project Project { get; private set; } = null!;

    public abstract string Heading { get; }

    protected abstract Guid? RiskId { get; }

    protected async Task<Project> LoadAsync() =>
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);

    protected async Task<IActionResult> SaveAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => save.HandleAsync(new SaveRisk(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, RiskId, Input.ToDetails(), RiskId is null ? null : RecordStamp), HttpContext.RequestAborted),
                "The risk log has been updated.",
                Links.Risks(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        await LoadAsync();
        ShowLatestVersion(Project.Version);
        if (RiskId is { } id)
        {
            ModelState.Remove(nameof(RecordStamp));
            RecordStamp = RecordStamps.Risk(Project, id);
        }

        return Page();
    }
}
