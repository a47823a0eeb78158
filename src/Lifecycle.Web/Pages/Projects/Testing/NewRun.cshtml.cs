using Lifecycle.Application.Testing;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>Stage 7: record a test run, typing each group's counts or uploading one row per case.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewRunModel(GetProject getProject, RecordTestRunHandler record) : RecordFormPageModel(getProject), Security.IAddsARecord
{
    [BindProperty]
    public TestRunInput Input { get; set; } = new();

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
        await ValidateAsync(Input);
        var kind = Input.ChosenKind;
        var groups = GroupCountsForm.Read(Upload, Rows, ModelState);
        return await SaveAsync(
            () => record.HandleAsync(new RecordTestRun(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, kind!.Value, Input.RanOn.Value!.Value, Input.Notes, groups),
                HttpContext.RequestAborted),
            $"The {kind} test run has been recorded.",
            Links.Testing(ProjectId),
            "Rows[0].Group");
    }
}
