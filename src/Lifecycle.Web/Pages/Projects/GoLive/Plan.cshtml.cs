using System.Globalization;
using Lifecycle.Application.Access;
using Lifecycle.Application.Delivery;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Delivery;
using Lifecycle.Web.Display;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.GoLive;

/// <summary>Stage 8: who monitors the tool, how often it is reviewed, how it will be evaluated and how the public will hear.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class PlanModel(GetProject getProject, RecordDeploymentPlanHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? MonitoringOwner { get; set; }

    [BindProperty]
    public string? ReviewIntervalMonths { get; set; }

    [BindProperty]
    public string? ProcessEvaluation { get; set; }

    [BindProperty]
    public string? ImpactEvaluation { get; set; }

    [BindProperty]
    public string? Evaluator { get; set; }

    [BindProperty]
    public string? EvaluatorIsIndependent { get; set; }

    [BindProperty]
    public string? PublicCommunication { get; set; }

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    /// <summary>After go-live the plan is read and changed from the Monitoring page (stage 9).</summary>
    public string HomePath => Project.HasGoneLive ? ProjectPage("/Projects/Monitoring/Index") : ProjectPage("/Projects/GoLive/Index");

    public TextField[] EvaluationFields =>
    [
        new(nameof(ProcessEvaluation), "How will you evaluate the way the tool is used?", "A process evaluation: whether it is used as intended, by whom, and what gets in the way.", ProcessEvaluation),
        new(nameof(ImpactEvaluation), "How will you evaluate the difference it makes?", "An impact evaluation against the success criteria and baseline set in Design (stage 5).", ImpactEvaluation),
        new(nameof(Evaluator), "Who will carry out the evaluation?", "A person, team or organisation.", Evaluator, IsShort: true),
    ];

    public TextField[] SummaryFields =>
    [
        new(nameof(MonitoringOwner), "Monitoring owner", null, MonitoringOwner),
        new(nameof(ReviewIntervalMonths), "Review interval", null, int.TryParse(ReviewIntervalMonths, out var months) ? IntervalText.Every(months) : null),
        .. EvaluationFields,
        new(nameof(EvaluatorIsIndependent), "Evaluator independent of the project", null, EvaluatorIsIndependent switch { "true" => "Yes", "false" => "No", _ => null }),
        new(nameof(PublicCommunication), "How the public will hear about the tool", null, PublicCommunication),
    ];

    protected override IActionResult? Prefill()
    {
        if ((Project.ProposedDeploymentPlan ?? Project.DeploymentPlan) is { } plan)
        {
            MonitoringOwner = plan.MonitoringOwner;
            ReviewIntervalMonths = plan.ReviewIntervalMonths?.ToString(CultureInfo.InvariantCulture);
            (ProcessEvaluation, ImpactEvaluation, Evaluator, PublicCommunication) = (plan.ProcessEvaluation, plan.ImpactEvaluation, plan.Evaluator, plan.PublicCommunication);
            EvaluatorIsIndependent = plan.EvaluatorIsIndependent ? "true" : "false";
        }

        return null;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.LimitText(nameof(MonitoringOwner), MonitoringOwner, TextLimits.Name, "Monitoring owner");
        int? interval = null;
        if (!string.IsNullOrWhiteSpace(ReviewIntervalMonths))
        {
            interval = int.TryParse(ReviewIntervalMonths.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
                && months is >= DeploymentPlan.ShortestInterval and <= DeploymentPlan.LongestInterval ? months : null;
            if (interval is null)
            {
                ModelState.AddModelError(nameof(ReviewIntervalMonths), $"Review interval must be a whole number of months from {DeploymentPlan.ShortestInterval} to {DeploymentPlan.LongestInterval}");
            }
        }

        ModelState.LimitText(nameof(ProcessEvaluation), ProcessEvaluation, TextLimits.LongText, "Process evaluation");
        ModelState.LimitText(nameof(ImpactEvaluation), ImpactEvaluation, TextLimits.LongText, "Impact evaluation");
        ModelState.LimitText(nameof(Evaluator), Evaluator, TextLimits.Name, "Evaluator");
        ModelState.LimitText(nameof(PublicCommunication), PublicCommunication, TextLimits.LongText, "Public communication");
        var plan = new DeploymentPlan(MonitoringOwner, interval, ProcessEvaluation, ImpactEvaluation, Evaluator, EvaluatorIsIndependent == "true", PublicCommunication);
        await LoadAsync();
        return await SaveAsync(
            () => handler.HandleAsync(new RecordDeploymentPlan(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, plan), HttpContext.RequestAborted),
            Project.HasGoneLive
                ? "The deployment plan has been saved. A change to the monitoring owner, review interval or evaluation takes effect once a senior leader approves it."
                : "The deployment plan has been saved.",
            HomePath,
            nameof(MonitoringOwner));
    }
}
