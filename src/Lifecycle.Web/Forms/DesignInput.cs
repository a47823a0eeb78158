using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lifecycle.Domain.Testing;
using Lifecycle.Web.TagHelpers.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 5 form: success criteria, and thresholds as percentages when the tool is predictive.</summary>
public sealed class DesignInput
{
    public const string GapBelowOnly = "below";
    public const string GapBothWays = "both";

    public static readonly IReadOnlyList<ChoiceItem> GapDirections =
    [
        new(GapBelowOnly, "Only when a group does worse than overall", "A group served much better than overall is shown, but does not fail."),
        new(GapBothWays, "Either way", "A group far above overall also fails: for example when being flagged more often than others is itself a harm to those families."),
    ];

    public string? WhatWillImprove { get; set; }

    public string? HowMeasured { get; set; }

    public string? Baseline { get; set; }

    public string? MinimumPrecision { get; set; }

    public string? MinimumRecall { get; set; }

    public string? MinimumAccuracy { get; set; }

    public string? MaximumGroupGap { get; set; }

    public string? MinimumGroupSize { get; set; }

    /// <summary>Not chosen means below only, the setting before the choice existed.</summary>
    [Display(Name = "When does a gap from overall count against the tool?")]
    public string? GapDirection { get; set; }

    [Display(Name = "If the tool cannot be judged by group of children: why not?")]
    public string? WhyNotByGroup { get; set; }

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
        GapDirection = thresholds is { GapAppliesBothWays: true } ? GapBothWays : GapBelowOnly,
        WhyNotByGroup = thresholds?.WhyNotByGroup,
        IncludeThresholds = includeThresholds,
    };

    public SuccessCriteria ToCriteria() => new(WhatWillImprove, HowMeasured, Baseline);

    public AccuracyThresholds? ToThresholds() => IncludeThresholds
        ? new(Fraction(MinimumPrecision), Fraction(MinimumRecall), Fraction(MinimumAccuracy), Fraction(MaximumGroupGap),
            int.Parse(MinimumGroupSize!, CultureInfo.InvariantCulture), GapDirection == GapBothWays, WhyNotByGroup)
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
            RuleFor(x => x.GapDirection).Must(v => v is null or DesignInput.GapBelowOnly or DesignInput.GapBothWays).WithMessage("Select when a gap from overall counts against the tool");
            RuleFor(x => x.WhyNotByGroup).MaximumLength(TextLimits.Reason).WithMessage($"Why the tool cannot be judged by group must be {TextLimits.Reason:N0} characters or fewer");
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
