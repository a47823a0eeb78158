namespace Lifecycle.Domain.Capability;

/// <summary>What a person submits for one component: a score from 1 to 5 and why.</summary>
public sealed record ComponentScore(MaturityComponent Component, int Score, string? Justification);
