namespace Lifecycle.Domain.Testing;

/// <summary>
/// One judgement against a threshold, such as "recall for care-experienced children is within
/// 0.10 of overall". A figure that is not defined cannot show the threshold is met, so it is not met.
/// <see cref="Metric"/> ("Precision", "Recall", "Accuracy") and <see cref="Group"/> (null for overall) say what it
/// judged, so a chart marks the right point without reading the description.
/// </summary>
public sealed record ThresholdCheck(string Description, double Required, double? Actual, bool IsMet)
{
    public string? Metric { get; init; }

    public string? Group { get; init; }

    /// <summary>
    /// The judgement of one metric for a group (overall when <paramref name="group"/> is null): a group is judged
    /// against the minimum and the gap from overall, so a missed check is returned before a met one.
    /// </summary>
    public static ThresholdCheck? Find(IEnumerable<ThresholdCheck> checks, string metric, string? group) =>
        checks.Where(c => c.Metric == metric && c.Group == group).OrderBy(c => c.IsMet).FirstOrDefault();
}
