using Lifecycle.Application.Capability;
using Lifecycle.Application.Solution;

namespace Lifecycle.Web.Pages.Projects.Solution;

public sealed class EditDatasetModel(GetProject getProject, SaveDatasetHandler save)
    : DatasetFormPageModel(getProject, save)
{
    [FromRoute(Name = "datasetId")]
    public Guid Id { get; set; }

    protected override Guid? DatasetId => Id;

    public async Task<IActionResult> OnGetAsync()
    {
        var project = await LoadAsync();
        if (project.Datasets.SingleOrDefault(d => d.Id == Id) is not { } dataset)
        {
            return NotFound();
        }

        Input = DatasetInput.From(dataset.Details);
        Version = project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync() =>
        (await LoadAsync()).Datasets.Any(d => d.Id == Id) ? await SaveAsync() : NotFound();
}
