namespace Lifecycle.Domain.Evaluation;

/// <summary>
/// One judgement against a threshold, such as "recall for care-experienced children is within
/// 0.10 of overall". A figure that is not defined cannot show the threshold is met, so it is not met.
/// </summary>
public sealed record ThresholdCheck(string Description, double Required, double? Actual, bool IsMet);
