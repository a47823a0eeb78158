namespace Lifecycle.Domain.Testing;

/// <summary>What an expert outside the team concluded: who, when, whether it supports going live, why, and any conditions.</summary>
public sealed record ExternalValidationDetails(
    string? Validator,
    string? Organisation,
    DateOnly ValidatedOn,
    ValidationVerdict Verdict,
    string? Conclusion,
    IReadOnlyList<string> Conditions);
