using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Forms;

public sealed class ImpactAssessmentInput
{
    public string? Title { get; set; }

    /// <summary>An assessment of a kind the guidance does not name must be given a name; set by the page from the route.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool NeedsTitle { get; set; }

    public string? Status { get; set; }

    public string? NotRequiredReason { get; set; }

    public string? Owner { get; set; }

    public string? Reference { get; set; }

    public DateInput CompletedOn { get; set; } = new();

    public DateInput NextReviewOn { get; set; } = new();

    public static ImpactAssessmentInput From(ImpactAssessment? a) => a is null ? new() { Status = nameof(ImpactAssessmentStatus.NotStarted) } : new()
    {
        Title = a.Title,
        Status = a.Status.ToString(),
        NotRequiredReason = a.NotRequiredReason,
        Owner = a.Owner,
        Reference = a.Reference,
        CompletedOn = DateInput.From(a.CompletedOn),
        NextReviewOn = DateInput.From(a.NextReviewOn),
    };

    public ImpactAssessmentDetails ToDetails() =>
        new(Title, Enum.Parse<ImpactAssessmentStatus>(Status!), NotRequiredReason, Owner, Reference, CompletedOn.Value, NextReviewOn.Value);
}

public sealed class ImpactAssessmentInputValidator : AbstractValidator<ImpactAssessmentInput>
{
    public ImpactAssessmentInputValidator()
    {
        RuleFor(x => x.Title).Must((input, title) => !input.NeedsTitle || !string.IsNullOrWhiteSpace(title)).WithMessage("Enter the name of the assessment")
            .MaximumLength(TextLimits.Name).WithMessage($"Title must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Status).Must(s => Enum.TryParse<ImpactAssessmentStatus>(s, out var v) && Enum.IsDefined(v)).WithMessage("Select the status of the assessment");
        RuleFor(x => x.NotRequiredReason).MaximumLength(TextLimits.Reason).WithMessage($"Reason must be {TextLimits.Reason:N0} characters or fewer")
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Status == nameof(ImpactAssessmentStatus.NotRequired))
            .WithMessage("Enter why the assessment is not required");
        RuleFor(x => x.Owner).MaximumLength(TextLimits.Name).WithMessage($"Owner must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Reference).MaximumLength(TextLimits.Url).WithMessage($"Reference must be {TextLimits.Url:N0} characters or fewer");
        RuleFor(x => x.CompletedOn).Must(d => d.IsValidOrEmpty).WithMessage("Date completed must be a real date, like 27 3 2026");
        RuleFor(x => x.NextReviewOn).Must(d => d.IsValidOrEmpty).WithMessage("Next review date must be a real date, like 27 3 2027");
    }

}
