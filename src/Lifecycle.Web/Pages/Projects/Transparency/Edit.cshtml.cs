using Lifecycle.Application.Access;
using Lifecycle.Application.Delivery;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Exports.Transparency;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Transparency;

/// <summary>The team types the transparency record fields nothing else in the project fills.</summary>
[RequiresProjectOperation(ProjectOperation.ExportTransparencyRecord)]
public sealed class EditModel(TransparencyExporter exporter, DeliveryHandler handler, GetProject getProject) : ProjectPageModel
{
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public IReadOnlyList<AtrsField> Editable { get; private set; } = [];

    public string ProjectName { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Values = Editable.ToDictionary(f => f.Key, f => f.IsTeamText ? f.Value : null);
        Version = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var known = Editable.ToDictionary(f => f.Key);
        var values = Values.Where(v => known.ContainsKey(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        foreach (var (key, value) in values)
        {
            ModelState.LimitText($"Values[{key}]", value, TextLimits.LongText, known[key].Label);
        }

        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(
                () => handler.HandleAsync(new SaveTransparencyEntries(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, values), HttpContext.RequestAborted),
                "The transparency record has been saved.",
                $"/projects/{ProjectId}/transparency");
            if (outcome is not null)
            {
                return outcome;
            }
        }

        ShowLatestVersion((await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Version);
        return Page();
    }

    private async Task LoadAsync()
    {
        var record = await exporter.RecordAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        ProjectName = record.ProjectName;
        Editable = record.Fields.Where(f => f.IsMissing || f.IsTeamText).ToList();
    }
}
