using System.Globalization;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Forms;

public sealed class RiskInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Likelihood { get; set; }

    public string? Impact { get; set; }

    public string? Owner { get; set; }

    public string? Mitigation { get; set; }

    public string? Status { get; set; } = nameof(RiskStatus.Open);

    public DateInput ReviewOn { get; set; } = new();

    public static RiskInput From(RiskDetails d) => new()
    {
        Title = d.Title,
        Description = d.Description,
        Category = d.Category,
        Likelihood = d.Likelihood.ToString(CultureInfo.InvariantCulture),
        Impact = d.Impact.ToString(CultureInfo.InvariantCulture),
        Owner = d.Owner,
        Mitigation = d.Mitigation,
        Status = d.Status.ToString(),
        ReviewOn = DateInput.From(d.ReviewOn),
    };

    public RiskDetails ToDetails() => new(
        Title ?? string.Empty, Description, Category, int.Parse(Likelihood!, CultureInfo.InvariantCulture), int.Parse(Impact!, CultureInfo.InvariantCulture),
        Owner, Mitigation, Enum.Parse<RiskStatus>(Status!), ReviewOn.Value);
}

public sealed class RiskInputValidator : AbstractValidator<RiskInput>
{
    private static readonly string[] Scale = ["1", "2", "3", "4", "5"];

    public RiskInputValidator()
    {
        RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter a short title for the risk")
            .MaximumLength(TextLimits.Name).WithMessage($"Title must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(TextLimits.LongText).WithMessage($"Description must be {TextLimits.LongText:N0} characters or fewer");
        RuleFor(x => x.Category).MaximumLength(TextLimits.Name).WithMessage($"Category must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Likelihood).Must(v => Scale.Contains(v)).WithMessage("Select how likely the risk is, from 1 to 5");
        RuleFor(x => x.Impact).Must(v => Scale.Contains(v)).WithMessage("Select how serious the impact would be, from 1 to 5");
        RuleFor(x => x.Owner).MaximumLength(TextLimits.Name).WithMessage($"Owner must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Mitigation).MaximumLength(TextLimits.LongText).WithMessage($"Mitigation must be {TextLimits.LongText:N0} characters or fewer");
        RuleFor(x => x.Status).Must(s => s is nameof(RiskStatus.Open) or nameof(RiskStatus.Closed)).WithMessage("Select whether the risk is open or closed");
        RuleFor(x => x.ReviewOn).Must(d => d.IsValidOrEmpty).WithMessage("Review date must be a real date, like 27 3 2026");
    }

}
