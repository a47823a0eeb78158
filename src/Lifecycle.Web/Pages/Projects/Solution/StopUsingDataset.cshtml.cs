using Lifecycle.Application.Capability;
using Lifecycle.Application.Solution;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Pages.Projects.Solution;

/// <summary>Stage 3: the tool will not use a dataset after all, for example because its quality is too poor.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class StopUsingDatasetModel(GetProject getProject, StopUsingDatasetHandler handler) : RecordFormPageModel(getProject)
{
    [FromRoute]
    public Guid DatasetId { get; set; }

    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public Dataset Dataset => Project.Datasets.Single(d => d.Id == DatasetId);

    protected override bool RecordExists => Project.Datasets.Any(d => d.Id == DatasetId);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        Input.WhenMissing = "Say why the tool will not use this dataset";
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new StopUsingDataset(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, DatasetId, Input.Reason), HttpContext.RequestAborted),
            $"{Dataset.Name} is recorded as no longer used.",
            Links.Datasets(ProjectId),
            "Input.Reason");
    }
}
