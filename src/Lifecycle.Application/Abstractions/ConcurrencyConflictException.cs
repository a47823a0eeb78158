namespace Lifecycle.Application.Abstractions;

/// <summary>Someone else changed the project after this person loaded it.</summary>
public sealed class ConcurrencyConflictException()
    : Exception("Someone else changed this project while you were working on it.");
