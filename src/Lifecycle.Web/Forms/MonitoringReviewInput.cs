using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 9: a scheduled review of the live tool. The results per group come from the shared group counts table or an upload.</summary>
public sealed class MonitoringReviewInput
{
    public static readonly IReadOnlyList<ChoiceItem> Outcomes =
    [
        new(nameof(ReviewOutcome.Continue), "Continue", "The tool is working as intended."),
        new(nameof(ReviewOutcome.Adapt), "Adapt", "Something needs to change, such as retraining, the data or how it is used."),
        new(nameof(ReviewOutcome.Retire), "Retire", "The tool should stop. A senior leader decides on retirement."),
    ];

    [Display(Name = "When was the review?")]
    public DateInput ReviewedOn { get; set; } = new();

    [Display(Name = "Security")]
    public string? Security { get; set; }

    [Display(Name = "Input data quality")]
    public string? DataQuality { get; set; }

    [Display(Name = "Retraining")]
    public string? Retraining { get; set; }

    [Display(Name = "User feedback")]
    public string? UserFeedback { get; set; }

    [Display(Name = "What did the review decide?")]
    public string? Outcome { get; set; }

    [Display(Name = "Why? (needed to adapt or retire, and when a threshold was missed)")]
    public string? OutcomeReason { get; set; }

    public ReviewOutcome? ChosenOutcome => Enum.TryParse<ReviewOutcome>(Outcome, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    public MonitoringReviewDetails ToDetails() =>
        new(ReviewedOn.Value!.Value, Security, DataQuality, Retraining, UserFeedback, ChosenOutcome!.Value, OutcomeReason);
}

public sealed class MonitoringReviewInputValidator : AbstractValidator<MonitoringReviewInput>
{
    public MonitoringReviewInputValidator()
    {
        RuleFor(x => x.ReviewedOn).RequiredDate("the date of the review");
        RuleFor(x => x.Security).RequiredText("Enter what the security check found", TextLimits.LongText, "Security");
        RuleFor(x => x.DataQuality).RequiredText("Enter what the input data quality check found", TextLimits.LongText, "Input data quality");
        RuleFor(x => x.Retraining).RequiredText("Enter whether the model was retrained", TextLimits.LongText, "Retraining");
        RuleFor(x => x.UserFeedback).RequiredText("Enter what users have said", TextLimits.LongText, "User feedback");
        RuleFor(x => x.Outcome).Must((input, _) => input.ChosenOutcome is not null).WithMessage("Select whether the tool should continue, be adapted or be retired");
        RuleFor(x => x.OutcomeReason).Cascade(CascadeMode.Stop)
            .Must((input, reason) => input.ChosenOutcome is null or ReviewOutcome.Continue || !string.IsNullOrWhiteSpace(reason))
            .WithMessage("Say why the tool should be adapted or retired")
            .OptionalText(TextLimits.Reason, "Reason");
    }
}
