using Lifecycle.Application.Access;
using Lifecycle.Application.Assessments;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>Stage 7: record a test run, typing each group's counts or uploading one row per case.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewRunModel(GetProject getProject, RecordTestingHandler record) : ProjectPageModel
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

    public Project Project { get; private set; } = null!;

    private static readonly string[] LeadingFields = ["Kind", "RanOn", "Notes"];

    public string FieldOrder => string.Join(',', LeadingFields.Concat(GroupCountsForm.FieldKeys()));

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Version = Project.Version;
        Rows = GroupCountsForm.Padded(Rows);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
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

        if (Notes?.Length > TextLimits.LongText)
        {
            ModelState.AddModelError(nameof(Notes), $"Notes must be {TextLimits.LongText:N0} characters or fewer");
        }

        var groups = GroupCountsForm.Read(Upload, Rows, ModelState);
        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(
                () => record.HandleAsync(new RecordTestRun(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, kind!.Value, RanOn.Value!.Value, Notes, groups),
                    HttpContext.RequestAborted),
                $"The {kind} test run has been recorded.",
                $"/projects/{ProjectId}/testing",
                "Rows[0].Group");
            if (outcome is not null)
            {
                return outcome;
            }

            Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        }

        ShowLatestVersion(Project.Version);
        return Page();
    }
}
