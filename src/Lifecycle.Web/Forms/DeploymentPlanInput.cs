using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 8: who monitors the live tool, how often it is reviewed, and how it will be evaluated. Written over several visits, so nothing is required here; the go-live gate asks for what it needs.</summary>
public sealed class DeploymentPlanInput
{
    public static readonly IReadOnlyList<ChoiceItem> YesNo = [new("true", "Yes"), new("false", "No")];

    [Display(Name = "Who owns monitoring?")]
    public string? MonitoringOwner { get; set; }

    [Display(Name = "How often will the tool be reviewed, in months?")]
    public string? ReviewIntervalMonths { get; set; }

    [Display(Name = "How will you evaluate the way the tool is used?")]
    public string? ProcessEvaluation { get; set; }

    [Display(Name = "How will you evaluate the difference it makes?")]
    public string? ImpactEvaluation { get; set; }

    [Display(Name = "Who will carry out the evaluation?")]
    public string? Evaluator { get; set; }

    [Display(Name = "Is the evaluator independent of the project?")]
    public string? EvaluatorIsIndependent { get; set; }

    [Display(Name = "How will children, families and the public hear about the tool?")]
    public string? PublicCommunication { get; set; }

    /// <summary>The interval in months when one is given and in range.</summary>
    public int? Interval =>
        int.TryParse(ReviewIntervalMonths?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
        && months is >= DeploymentPlan.ShortestInterval and <= DeploymentPlan.LongestInterval ? months : null;

    public static DeploymentPlanInput From(DeploymentPlan? plan) => plan is null ? new() : new()
    {
        MonitoringOwner = plan.MonitoringOwner,
        ReviewIntervalMonths = plan.ReviewIntervalMonths?.ToString(CultureInfo.InvariantCulture),
        ProcessEvaluation = plan.ProcessEvaluation,
        ImpactEvaluation = plan.ImpactEvaluation,
        Evaluator = plan.Evaluator,
        EvaluatorIsIndependent = plan.EvaluatorIsIndependent ? "true" : "false",
        PublicCommunication = plan.PublicCommunication,
    };

    public DeploymentPlan ToPlan() =>
        new(MonitoringOwner, Interval, ProcessEvaluation, ImpactEvaluation, Evaluator, EvaluatorIsIndependent == "true", PublicCommunication);
}

public sealed class DeploymentPlanInputValidator : AbstractValidator<DeploymentPlanInput>
{
    public DeploymentPlanInputValidator()
    {
        RuleFor(x => x.MonitoringOwner).OptionalText(TextLimits.Name, "Monitoring owner");
        RuleFor(x => x.ReviewIntervalMonths).Must((input, typed) => string.IsNullOrWhiteSpace(typed) || input.Interval is not null)
            .WithMessage($"Review interval must be a whole number of months from {DeploymentPlan.ShortestInterval} to {DeploymentPlan.LongestInterval}");
        RuleFor(x => x.ProcessEvaluation).OptionalText(TextLimits.LongText, "Process evaluation");
        RuleFor(x => x.ImpactEvaluation).OptionalText(TextLimits.LongText, "Impact evaluation");
        RuleFor(x => x.Evaluator).OptionalText(TextLimits.Name, "Evaluator");
        RuleFor(x => x.PublicCommunication).OptionalText(TextLimits.LongText, "Public communication");
    }
}
