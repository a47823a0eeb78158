using Lifecycle.Domain.Framework;

namespace Lifecycle.Web.Pages.Projects.Stages;

[RequiresProjectOperation(ProjectOperation.RecordChecklist)]
public sealed class ItemModel(GetProject getProject, RecordChecklistItemHandler record) : ProjectPageModel
{
    [FromRoute]
    public int StageNumber { get; set; }

    [FromRoute]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public ChecklistItemInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    public ChecklistItemDefinition Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = ChecklistItemInput.From(Project.StateOf(Code));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => record.HandleAsync(new RecordChecklistItem(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Code, Input.ChosenOutcome, Input.Note, Input.EvidenceLink, Input.Reason), HttpContext.RequestAborted),
                $"{Item.Code} ‘{Item.Title}’ has been updated.",
                Links.StageItem(ProjectId, StageNumber, Code),
                "Input.Outcome");
            if (outcome is not null)
            {
                return outcome;
            }
        }

        // Show the latest saved state, keep what the person typed, and let them submit against the new version.
        ShowLatestVersion(Project.Version);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (LifecycleFramework.FindItem(Code) is not { } item || LifecycleFramework.StageOf(Code).Number != StageNumber)
        {
            return false;
        }

        Item = item;
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (HttpMethods.IsGet(Request.Method))
        {
            Version = Project.Version;
        }

        return true;
    }
}
