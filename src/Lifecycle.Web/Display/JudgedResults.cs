using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Display;

/// <summary>
/// A test run's or monitoring review's results as judged, for the shared results table; ids start with
/// the prefix. <paramref name="AcceptGapPath"/> is set when the viewer may accept a gap for a group too small to judge.
/// </summary>
public sealed record JudgedResults(
    EvaluationResult Result,
    AccuracyThresholds Thresholds,
    string IdPrefix,
    int? ThresholdsVersion = null,
    IReadOnlyList<GapAcceptance>? AcceptedGaps = null,
    string? AcceptGapPath = null);
