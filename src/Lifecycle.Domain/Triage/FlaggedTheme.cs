namespace Lifecycle.Domain.Triage;

/// <summary>A theme the triage flagged, the answers that flagged it, and what to do about it.</summary>
public sealed record FlaggedTheme(TriageTheme Theme, IReadOnlyList<string> Reasons);
