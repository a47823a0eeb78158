using Lifecycle.Domain.Workbook;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Pages.Projects.Workbook;

/// <summary>What changed between two versions of one answer.</summary>
public sealed class CompareModel(GetProject getProject) : ProjectPageModel
{
    [FromRoute]
    public int Number { get; set; }

    [FromQuery]
    public int From { get; set; }

    [FromQuery]
    public int To { get; set; }

    public string ProjectName { get; private set; } = string.Empty;

    public WorkbookAnswer Older { get; private set; } = null!;

    public WorkbookAnswer Newer { get; private set; } = null!;

    public IReadOnlyList<DiffPart> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        var history = project.AnswerHistory(Number);
        if (history.FirstOrDefault(a => a.Version == From) is not { } older || history.FirstOrDefault(a => a.Version == To) is not { } newer)
        {
            return NotFound();
        }

        ProjectName = project.Name;
        (Older, Newer) = (older, newer);
        Changes = WordDiff.Between(older.Text, newer.Text);
        return Page();
    }
}
