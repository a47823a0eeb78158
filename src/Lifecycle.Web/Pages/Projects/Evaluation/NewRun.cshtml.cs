using Lifecycle.Application.Access;
using Lifecycle.Application.Evaluation;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Evaluation;

/// <summary>Stage 7: record a test run, typing each group's counts or uploading one row per case.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewRunModel(GetProject getProject, RecordTestRunHandler record) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateInput RanOn { get; set; } = new();

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public List<GroupRowInput> Rows { get; set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    protected override IActionResult? Prefill()
    {
        Rows = GroupCountsForm.Padded(Rows);
        return null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Rows = GroupCountsForm.Padded(Rows);
        var kind = Enum.TryParse<TestRunKind>(Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : (TestRunKind?)null;
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select whether this was an alpha or a beta test");
        }

        if (RanOn.Value is null)
        {
            ModelState.AddModelError(nameof(RanOn), RanOn.IsEmpty ? "Enter the date the test ran" : "Date the test ran must be a real date, like 27 3 2026");
        }

        ModelState.LimitText(nameof(Notes), Notes, TextLimits.LongText, "Notes");
        var groups = GroupCountsForm.Read(Upload, Rows, ModelState);
        return await SaveAsync(
            () => record.HandleAsync(new RecordTestRun(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, kind!.Value, RanOn.Value!.Value, Notes, groups),
                HttpContext.RequestAborted),
            $"The {kind} test run has been recorded.",
            ProjectPage("/Projects/Evaluation/Index"),
            "Rows[0].Group");
    }
}
