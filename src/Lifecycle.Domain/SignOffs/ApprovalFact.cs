namespace Lifecycle.Domain.SignOffs;

/// <summary>One fact an approval rests on, as the senior leader is shown it; a change to its value lapses the approval.</summary>
public sealed record ApprovalFact(string Label, string Value);
