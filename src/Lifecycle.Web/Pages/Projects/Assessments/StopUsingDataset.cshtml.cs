using Lifecycle.Application.Access;
using Lifecycle.Application.Assessments;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Assessments;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Assessments;

/// <summary>Stage 3: the tool will not use a dataset after all, for example because its quality is too poor.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class StopUsingDatasetModel(GetProject getProject, StopUsingDatasetHandler handler) : RecordFormPageModel(getProject)
{
    [FromRoute]
    public Guid DatasetId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Dataset Dataset => Project.Datasets.Single(d => d.Id == DatasetId);

    protected override bool RecordExists => Project.Datasets.Any(d => d.Id == DatasetId);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadRecordAsync())
        {
            return NotFound();
        }

        ModelState.RequireText(nameof(Reason), Reason, "Say why the tool will not use this dataset", TextLimits.Reason, "Reason");
        return await SaveAsync(
            () => handler.HandleAsync(new StopUsingDataset(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, DatasetId, Reason), HttpContext.RequestAborted),
            $"{Dataset.Name} is recorded as no longer used.",
            ProjectPage("/Projects/Assessments/Datasets"),
            nameof(Reason));
    }
}
