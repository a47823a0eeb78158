using System.Globalization;
using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Pages.Projects.GoLive;

/// <summary>Stage 8: who monitors the tool, how often it is reviewed, how it will be evaluated and how the public will hear.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class PlanModel(GetProject getProject, RecordDeploymentPlanHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public DeploymentPlanInput Input { get; set; } = new();

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    /// <summary>After go-live the plan is read and changed from the Monitoring page (stage 9).</summary>
    public string HomePath => Project.HasGoneLive ? Links.Monitoring(ProjectId) : Links.GoLive(ProjectId);

    /// <summary>The plan as saved, for people who may read it but not change it.</summary>
    public IReadOnlyList<SavedText> SummaryFields =>
    [
        new("Monitoring owner", Input.MonitoringOwner),
        new("Review interval", Input.Interval is { } months ? IntervalText.Every(months) : null),
        .. DisplayNames.Summary(Input, nameof(Input.ProcessEvaluation), nameof(Input.ImpactEvaluation), nameof(Input.Evaluator)),
        new("Evaluator independent of the project", Input.EvaluatorIsIndependent switch { "true" => "Yes", "false" => "No", _ => null }),
        new("How the public will hear about the tool", Input.PublicCommunication),
    ];

    protected override IActionResult? Prefill()
    {
        Input = DeploymentPlanInput.From(Project.ProposedDeploymentPlan ?? Project.DeploymentPlan);
        return null;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        var plan = Input.ToPlan();
        await LoadAsync();
        return await SaveAsync(
            () => handler.HandleAsync(new RecordDeploymentPlan(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, plan), HttpContext.RequestAborted),
            Project.HasGoneLive
                ? "The deployment plan has been saved. A change to the monitoring owner, review interval or evaluation takes effect once a senior leader approves it."
                : "The deployment plan has been saved.",
            HomePath,
            "Input.MonitoringOwner");
    }
}
