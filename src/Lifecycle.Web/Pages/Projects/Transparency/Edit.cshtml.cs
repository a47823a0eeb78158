using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Exports.Transparency;

namespace Lifecycle.Web.Pages.Projects.Transparency;

/// <summary>
/// The team writes the transparency record: every field it may write is offered, filled with the
/// project's records where they give something. Text left as offered keeps following the records.
/// </summary>
[RequiresProjectOperation(ProjectOperation.ExportTransparencyRecord)]
public sealed class EditModel(TransparencyExporter exporter, SaveTransparencyEntriesHandler handler) : ProjectPageModel
{
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public IReadOnlyList<AtrsField> Editable { get; private set; } = [];

    public string ProjectName { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        Version = await LoadAsync();
        Values = Editable.ToDictionary(f => f.Key, f => f.Value);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var latest = await LoadAsync();
        var known = Editable.ToDictionary(f => f.Key);
        var values = Values.Where(v => known.ContainsKey(v.Key))
            .ToDictionary(v => v.Key, v => AsOffered(v.Value, known[v.Key]) ? null : v.Value);
        if (await ValidateAsync(new TransparencyEntriesInput(values, known.ToDictionary(k => k.Key, k => k.Value.Label)), prefix: string.Empty))
        {
            var outcome = await TryChangeAsync(
                () => handler.HandleAsync(new SaveTransparencyEntries(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, values), HttpContext.RequestAborted),
                "The transparency record has been saved.",
                Links.Transparency(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        ShowLatestVersion(latest);
        return Page();
    }

    /// <summary>Builds the record to find the editable fields; returns the project's version.</summary>
    private async Task<Guid> LoadAsync()
    {
        var (project, record) = await exporter.ProjectAndRecordAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        ProjectName = record.ProjectName;
        Editable = record.Fields.Where(f => f.IsEditable).ToList();
        return project.Version;
    }

    /// <summary>Text left as the records give it is not the team's own: the field keeps following the records.</summary>
    private static bool AsOffered(string? posted, AtrsField field) =>
        string.Equals(posted?.Trim() ?? string.Empty, field.DerivedValue?.Trim() ?? string.Empty, StringComparison.Ordinal);
}
