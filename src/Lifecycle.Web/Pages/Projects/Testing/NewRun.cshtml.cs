using Lifecycle.Application.Access;
using Lifecycle.Application.Assessments;
using Lifecycle.Application.Evaluation;
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
    public const int TypedRows = 6;

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

    private static readonly string[] LeadingFields = ["Kind", "RanOn", "Notes", "Upload"];

    public string FieldOrder => string.Join(',', LeadingFields
        .Concat(Enumerable.Range(0, TypedRows).SelectMany(i => new[] { $"Rows[{i}].Group", $"Rows[{i}].Counts" })));

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Version = Project.Version;
        PadRows();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        PadRows();
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

        var groups = Upload is { Length: > 0 } ? FromUpload() : FromRows();
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

    private List<GroupCounts> FromUpload()
    {
        if (Rows.Any(r => !r.IsBlank))
        {
            ModelState.AddModelError(nameof(Upload), "Upload a file or type the counts, not both");
            return [];
        }

        using var stream = Upload!.OpenReadStream();
        var read = PredictionsCsv.Read(stream);
        foreach (var error in read.Errors)
        {
            ModelState.AddModelError(nameof(Upload), error);
        }

        return read.CountsByGroup?.Select(g => new GroupCounts(g.Key, g.Value.TruePositives, g.Value.FalsePositives, g.Value.TrueNegatives, g.Value.FalseNegatives)).ToList() ?? [];
    }

    private List<GroupCounts> FromRows()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Group) || row.Group.Trim().Length > GroupCounts.GroupNameLength)
            {
                ModelState.AddModelError($"Rows[{i}].Group", $"Enter a name for group {i + 1}, up to {GroupCounts.GroupNameLength} characters");
            }

            if (row.Counts().Any(c => !GroupRowInput.IsCount(c.Value)))
            {
                ModelState.AddModelError($"Rows[{i}].Counts", $"Enter all four counts for group {i + 1} as whole numbers, 0 or more");
            }
        }

        return ModelState.IsValid ? Rows.Where(r => !r.IsBlank).Select(r => r.ToCounts()).ToList() : [];
    }

    private void PadRows()
    {
        while (Rows.Count < TypedRows)
        {
            Rows.Add(new GroupRowInput());
        }

        Rows = Rows.Take(TypedRows).ToList();
    }
}
