namespace Lifecycle.Domain.Common;

/// <summary>
/// A state change an aggregate made, waiting to be written to the audit trail.
/// Before and After are JSON snapshots of the values that changed.
/// </summary>
public sealed record RecordedChange(string Kind, string Subject, string? Before, string? After, Actor Actor, DateTime At);
