using Lifecycle.Application.Access;
using Lifecycle.Application.Delivery;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Delivery;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Monitoring;

/// <summary>Stage 9: a scheduled review, with accuracy by group re-judged against the thresholds.</summary>
[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewReviewModel(GetProject getProject, RecordMonitoringReviewHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public DateInput ReviewedOn { get; set; } = new();

    [BindProperty]
    public string? Security { get; set; }

    [BindProperty]
    public string? DataQuality { get; set; }

    [BindProperty]
    public string? Retraining { get; set; }

    [BindProperty]
    public string? UserFeedback { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? OutcomeReason { get; set; }

    [BindProperty]
    public List<GroupRowInput> Rows { get; set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }


    public TextField[] Checks =>
    [
        new(nameof(Security), "Security", "Who has access, any incidents, and whether protections still work.", Security),
        new(nameof(DataQuality), "Input data quality", "Completeness and consistency of the data going in, and any change in who it covers.", DataQuality),
        new(nameof(Retraining), "Retraining", "Whether the model was retrained or needs to be, and why. Write \"Not needed\" if so.", Retraining),
        new(nameof(UserFeedback), "User feedback", "What users, children and families have said since the last review.", UserFeedback),
    ];

    protected override IActionResult? Prefill()
    {
        Rows = GroupCountsForm.Padded(Rows);
        return null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Rows = GroupCountsForm.Padded(Rows);
        ModelState.RequireDate(nameof(ReviewedOn), ReviewedOn, "the date of the review");
        ModelState.RequireText(nameof(Security), Security, "Enter what the security check found", TextLimits.LongText, "Security");
        ModelState.RequireText(nameof(DataQuality), DataQuality, "Enter what the input data quality check found", TextLimits.LongText, "Input data quality");
        ModelState.RequireText(nameof(Retraining), Retraining, "Enter whether the model was retrained", TextLimits.LongText, "Retraining");
        ModelState.RequireText(nameof(UserFeedback), UserFeedback, "Enter what users have said", TextLimits.LongText, "User feedback");
        var outcome = Enum.TryParse<ReviewOutcome>(Outcome, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ReviewOutcome?)null;
        if (outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select whether the tool should continue, be adapted or be retired");
        }
        else if (outcome != ReviewOutcome.Continue && string.IsNullOrWhiteSpace(OutcomeReason))
        {
            ModelState.AddModelError(nameof(OutcomeReason), "Say why the tool should be adapted or retired");
        }

        ModelState.LimitText(nameof(OutcomeReason), OutcomeReason, TextLimits.Reason, "Reason");
        var groups = GroupCountsForm.Read(Upload, Rows, ModelState);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordMonitoringReview(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor,
                new MonitoringReviewDetails(ReviewedOn.Value!.Value, Security, DataQuality, Retraining, UserFeedback, outcome!.Value, OutcomeReason), groups), HttpContext.RequestAborted),
            "The monitoring review has been recorded.",
            ProjectPage("/Projects/Monitoring/Index"),
            nameof(ReviewedOn));
    }
}
