namespace Lifecycle.Web.Pages.Projects;

/// <summary>
/// A form that adds or changes one record on a project: shows the project, and on a valid post
/// saves through the domain, or shows the form again with what was typed and why it was refused.
/// </summary>
public abstract class RecordFormPageModel(GetProject getProject) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        Version = Project.Version;
        return Prefill() ?? Page();
    }

    /// <summary>Whether the record the route names exists on the project; a page about one record says how to tell.</summary>
    protected virtual bool RecordExists => true;

    /// <summary>Fills the form from what is saved; may answer instead (for example, not found).</summary>
    protected virtual IActionResult? Prefill() => null;

    /// <summary>What of the project the page reads: the whole project unless a page that only lists records says less (see ProjectViews).</summary>
    protected virtual ProjectParts Parts => ProjectParts.All;

    // Pages that list records read a shared copy of those parts (ADR 0021); a form that reads the whole project loads
    // its own, so whole copies of every project someone opens a form on are not kept.
    protected async Task LoadAsync() => Project = Parts == ProjectParts.All
        ? await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)
        : await getProject.SharedCopyAsync(ProjectId, CurrentUser.OrganisationId, Parts, HttpContext.RequestAborted);

    /// <summary>Loads the project; false when the record the route names is not on it (the page then answers 404).</summary>
    protected async Task<bool> LoadRecordAsync()
    {
        await LoadAsync();
        return RecordExists;
    }

    protected async Task<IActionResult> SaveAsync(Func<Task> change, string successMessage, string redirectTo, string refusalKey)
    {
        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(change, successMessage, redirectTo, refusalKey);
            if (outcome is not null)
            {
                return outcome;
            }
        }

        await LoadAsync();
        ShowLatestVersion(Project.Version);
        ShowLatestRecord();
        return Page();
    }

    /// <summary>After a refused change, a page that guards one record by its stamp posts against the record as it is now.</summary>
    protected virtual void ShowLatestRecord()
    {
    }
}
