using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Pages.Projects.Monitoring;

/// <summary>Stage 9: a scheduled review, with accuracy by group re-judged against the thresholds.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewReviewModel(GetProject getProject, RecordMonitoringReviewHandler handler) : RecordFormPageModel(getProject), Security.IAddsARecord
{
    [BindProperty]
    public MonitoringReviewInput Input { get; set; } = new();

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
        await LoadAsync();
        Rows = GroupCountsForm.Padded(Rows);
        await ValidateAsync(Input);
        var groups = GroupCountsForm.Read(Upload, Rows, ModelState);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordMonitoringReview(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToDetails(), groups), HttpContext.RequestAborted),
            "The monitoring review has been recorded.",
            Links.Monitoring(ProjectId),
            "Input.ReviewedOn");
    }
}
