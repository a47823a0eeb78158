using System.Globalization;
using FluentValidation;
using Lifecycle.Domain.Common;
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
    public static readonly (string Field, string Label)[] Costs =
    [
        (nameof(BusinessCaseInput.BuildCost), "Build cost"),
        (nameof(BusinessCaseInput.RunningCost), "Running cost"),
        (nameof(BusinessCaseInput.EngagementCost), "Engagement cost"),
        (nameof(BusinessCaseInput.TrainingCost), "Training cost"),
        (nameof(BusinessCaseInput.InfrastructureCost), "Infrastructure cost"),
    ];

    public BusinessCaseInputValidator()
    {
        RuleFor(x => x.ProblemAndRationale).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the problem and why a tool is the right response");
        foreach (var (field, label) in new[]
        {
            (nameof(BusinessCaseInput.ProblemAndRationale), "Problem and rationale"),
            (nameof(BusinessCaseInput.DesirableOutcomes), "Outcomes you want"),
            (nameof(BusinessCaseInput.UndesirableOutcomes), "Outcomes to avoid"),
            (nameof(BusinessCaseInput.RedLines), "Red lines"),
            (nameof(BusinessCaseInput.DecisionMakingImprovement), "How decisions will improve"),
            (nameof(BusinessCaseInput.EvidenceFromSimilarProjects), "Evidence from similar projects"),
        })
        {
            RuleFor(x => (string?)typeof(BusinessCaseInput).GetProperty(field)!.GetValue(x)).MaximumLength(TextLimits.LongText)
                .OverridePropertyName(field).WithMessage($"{label} must be {TextLimits.LongText:N0} characters or fewer");
        }

        foreach (var (field, label) in Costs)
        {
            RuleFor(x => (string?)typeof(BusinessCaseInput).GetProperty(field)!.GetValue(x))
                .Must(v => string.IsNullOrWhiteSpace(v) || BusinessCaseInput.ParseMoney(v) is not null)
                .OverridePropertyName(field).WithMessage($"{label} must be an amount in pounds, like 12500");
        }
    }

    public static string FieldOrder =>
        "Input.ProblemAndRationale,Input.DesirableOutcomes,Input.UndesirableOutcomes,Input.RedLines,Input.DecisionMakingImprovement,"
        + string.Join(',', Costs.Select(c => "Input." + c.Field)) + ",Input.EvidenceFromSimilarProjects";
}
