using Lifecycle.Application.Capability;
using Lifecycle.Application.Solution;

namespace Lifecycle.Web.Pages.Projects.Solution;

/// <summary>Adding and changing a dataset share one form and one save.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public abstract class DatasetFormPageModel(GetProject getProject, SaveDatasetHandler save) : ProjectPageModel
{
    [BindProperty]
    public DatasetInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    protected abstract Guid? DatasetId { get; }

    protected async Task<Project> LoadAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        return Project;
    }

    protected async Task<IActionResult> SaveAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => save.HandleAsync(new SaveDataset(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, DatasetId, Input.ToDetails()), HttpContext.RequestAborted),
                $"{Input.Name!.Trim()} has been saved.",
                Links.Datasets(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        await LoadAsync();
        ShowLatestVersion(Project.Version);
        return Page();
    }
}
