namespace Lifecycle.Domain.Testing;

/// <summary>A test run or monitoring review: counts by group, judged against the thresholds in force when it was recorded.</summary>
public interface IJudgedResult
{
    int Number { get; }

    Guid RecordedById { get; }

    DateTime RecordedAt { get; }

    IReadOnlyList<GroupCounts> Groups { get; }

    IReadOnlyList<GapAcceptance> AcceptedGaps { get; }

    int? ThresholdsVersion { get; }

    /// <summary>Set when the result was recorded wrongly and taken out of use; it is then no longer judged.</summary>
    Withdrawal? Withdrawal { get; }

    /// <summary>"Alpha run 2" or "Monitoring review 3": how pages and messages name it.</summary>
    string Title { get; }

    /// <param name="thresholds">The thresholds to judge against.</param>
    /// <param name="ungroupedAgreed">A senior leader agreed the design's reason the tool cannot be judged by group.</param>
    EvaluationResult? Evaluate(AccuracyThresholds? thresholds, bool ungroupedAgreed);
}
