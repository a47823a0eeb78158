using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Web.Display;

/// <summary>A test run's or monitoring review's results as judged, for the shared results table; ids start with the prefix.</summary>
public sealed record JudgedResults(EvaluationResult Result, AccuracyThresholds Thresholds, string IdPrefix, int? ThresholdsVersion = null);
