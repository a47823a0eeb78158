using Lifecycle.Application.Capability;
using Lifecycle.Application.Solution;

namespace Lifecycle.Web.Pages.Projects.Solution;

public sealed class NewDatasetModel(GetProject getProject, SaveDatasetHandler save)
    : DatasetFormPageModel(getProject, save), Security.IAddsARecord
{
    protected override Guid? DatasetId => null;

    public async Task OnGetAsync() => Version = (await LoadAsync()).Version;

    public Task<IActionResult> OnPostAsync() => SaveAsync();
}
