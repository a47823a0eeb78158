using System.Globalization;
using Lifecycle.Domain.Evaluation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 5 form: success criteria, and thresholds as percentages when the tool is predictive.</summary>
public sealed class DesignInput
{
    public string? WhatWillImprove { get; set; }

    public string? HowMeasured { get; set; }

    public string? Baseline { get; set; }

    public string? MinimumPrecision { get; set; }

    public string? MinimumRecall { get; set; }

    public string? MinimumAccuracy { get; set; }

    public string? MaximumGroupGap { get; set; }

    public string? MinimumGroupSize { get; set; }

    /// <summary>Why the thresholds change once testing has begun.</summary>
    public string? ThresholdChangeReason { get; set; }

    /// <summary>Set by the page from the project, never from the form.</summary>
    [BindNever]
    public bool IncludeThresholds { get; set; }

    public static DesignInput From(SuccessCriteria? criteria, AccuracyThresholds? thresholds, bool includeThresholds) => new()
    {
        WhatWillImprove = criteria?.WhatWillImprove,
        HowMeasured = criteria?.HowMeasured,
        Baseline = criteria?.Baseline,
        MinimumPrecision = Percent(thresholds?.MinimumPrecision),
        MinimumRecall = Percent(thresholds?.MinimumRecall),
        MinimumAccuracy = Percent(thresholds?.MinimumAccuracy),
        MaximumGroupGap = Percent(thresholds?.MaximumGroupGap),
        MinimumGroupSize = thresholds?.MinimumGroupSize.ToString(CultureInfo.InvariantCulture),
        IncludeThresholds = includeThresholds,
    };

    public SuccessCriteria ToCriteria() => new(WhatWillImprove, HowMeasured, Baseline);

    public AccuracyThresholds? ToThresholds() => IncludeThresholds
        ? new(Fraction(MinimumPrecision), Fraction(MinimumRecall), Fraction(MinimumAccuracy), Fraction(MaximumGroupGap),
            int.Parse(MinimumGroupSize!, CultureInfo.InvariantCulture))
        : null;

    internal static bool IsPercent(string? value) =>
        decimal.TryParse(value?.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 100;

    /// <summary>A minimum of 0% would pass anything, so a minimum is above zero.</summary>
    internal static bool IsMinimumPercent(string? value) =>
        IsPercent(value) && decimal.Parse(value!.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture) > 0;

    private static double Fraction(string? percent) =>
        (double)(decimal.Parse(percent!.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture) / 100m);

    private static string? Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.##", CultureInfo.InvariantCulture) : null;
}

public sealed class DesignInputValidator : AbstractValidator<DesignInput>
{
    public DesignInputValidator()
    {
        Text(x => x.WhatWillImprove, "Enter what will improve if the tool works", "What will improve");
        Text(x => x.HowMeasured, "Enter how the improvement will be measured", "How it will be measured");
        Text(x => x.Baseline, "Enter the baseline: how things stand today", "The baseline");
        When(x => x.IncludeThresholds, () =>
        {
            Minimum(x => x.MinimumPrecision, "minimum precision");
            Minimum(x => x.MinimumRecall, "minimum recall");
            Minimum(x => x.MinimumAccuracy, "minimum accuracy");
            Percent(x => x.MaximumGroupGap, "largest gap between a group and overall");
            RuleFor(x => x.MinimumGroupSize)
                .Must(v => int.TryParse(v?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n is >= MinimumGroupSizeMustBeInRangeRule.Smallest and <= MinimumGroupSizeMustBeInRangeRule.Largest)
                .WithMessage($"Enter the minimum group size as a whole number from {MinimumGroupSizeMustBeInRangeRule.Smallest} to {MinimumGroupSizeMustBeInRangeRule.Largest}");
            RuleFor(x => x.ThresholdChangeReason).MaximumLength(TextLimits.Reason).WithMessage($"Why the thresholds are changing must be {TextLimits.Reason:N0} characters or fewer");
        });
    }

    private void Text(System.Linq.Expressions.Expression<Func<DesignInput, string?>> field, string missing, string name) =>
        RuleFor(field).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(missing)
            .MaximumLength(TextLimits.LongText).WithMessage($"{name} must be {TextLimits.LongText:N0} characters or fewer");

    private void Minimum(System.Linq.Expressions.Expression<Func<DesignInput, string?>> field, string name) =>
        RuleFor(field).Must(DesignInput.IsMinimumPercent).WithMessage($"Enter the {name} as a percentage above 0, up to 100");

    private void Percent(System.Linq.Expressions.Expression<Func<DesignInput, string?>> field, string name) =>
        RuleFor(field).Must(DesignInput.IsPercent).WithMessage($"Enter the {name} as a percentage from 0 to 100");
}
