using System.Globalization;
using System.Linq.Expressions;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Forms;

public sealed class BusinessCaseInput
{
    public string? ProblemAndRationale { get; set; }

    public string? DesirableOutcomes { get; set; }

    public string? UndesirableOutcomes { get; set; }

    public string? RedLines { get; set; }

    public string? DecisionMakingImprovement { get; set; }

    public string? BuildCost { get; set; }

    public string? RunningCost { get; set; }

    public string? EngagementCost { get; set; }

    public string? TrainingCost { get; set; }

    public string? InfrastructureCost { get; set; }

    public string? EvidenceFromSimilarProjects { get; set; }

    /// <summary>The cost fields in the order the form shows them.</summary>
    public IReadOnlyList<(string Field, string Label, string? Value)> Costs() =>
    [
        (nameof(BuildCost), "Build cost", BuildCost),
        (nameof(RunningCost), "Running cost", RunningCost),
        (nameof(EngagementCost), "Engagement cost", EngagementCost),
        (nameof(TrainingCost), "Training cost", TrainingCost),
        (nameof(InfrastructureCost), "Infrastructure cost", InfrastructureCost),
    ];

    public static BusinessCaseInput From(BusinessCaseDetails? d) => d is null ? new() : new()
    {
        ProblemAndRationale = d.ProblemAndRationale,
        DesirableOutcomes = d.DesirableOutcomes,
        UndesirableOutcomes = d.UndesirableOutcomes,
        RedLines = d.RedLines,
        DecisionMakingImprovement = d.DecisionMakingImprovement,
        BuildCost = Money(d.BuildCost),
        RunningCost = Money(d.RunningCost),
        EngagementCost = Money(d.EngagementCost),
        TrainingCost = Money(d.TrainingCost),
        InfrastructureCost = Money(d.InfrastructureCost),
        EvidenceFromSimilarProjects = d.EvidenceFromSimilarProjects,
    };

    public BusinessCaseDetails ToDetails() => new(
        ProblemAndRationale, DesirableOutcomes, UndesirableOutcomes, RedLines, DecisionMakingImprovement,
        ParseMoney(BuildCost), ParseMoney(RunningCost), ParseMoney(EngagementCost), ParseMoney(TrainingCost), ParseMoney(InfrastructureCost),
        EvidenceFromSimilarProjects);

    internal static decimal? ParseMoney(string? text) =>
        decimal.TryParse(text?.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim(),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Money(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed class BusinessCaseInputValidator : AbstractValidator<BusinessCaseInput>
{
    public BusinessCaseInputValidator()
    {
        RuleFor(x => x.ProblemAndRationale).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the problem and why a tool is the right response");
        LongText(x => x.ProblemAndRationale, "Problem and rationale");
        LongText(x => x.DesirableOutcomes, "Outcomes you want");
        LongText(x => x.UndesirableOutcomes, "Outcomes to avoid");
        LongText(x => x.RedLines, "Red lines");
        LongText(x => x.DecisionMakingImprovement, "How decisions will improve");
        Money(x => x.BuildCost, "Build cost");
        Money(x => x.RunningCost, "Running cost");
        Money(x => x.EngagementCost, "Engagement cost");
        Money(x => x.TrainingCost, "Training cost");
        Money(x => x.InfrastructureCost, "Infrastructure cost");
        LongText(x => x.EvidenceFromSimilarProjects, "Evidence from similar projects");
    }


    private void LongText(Expression<Func<BusinessCaseInput, string?>> field, string label) =>
        RuleFor(field).MaximumLength(TextLimits.LongText).WithMessage($"{label} must be {TextLimits.LongText:N0} characters or fewer");

    private void Money(Expression<Func<BusinessCaseInput, string?>> field, string label) =>
        RuleFor(field).Must(v => string.IsNullOrWhiteSpace(v) || BusinessCaseInput.ParseMoney(v) is not null)
            .WithMessage($"{label} must be an amount in pounds, like 12500");
}
