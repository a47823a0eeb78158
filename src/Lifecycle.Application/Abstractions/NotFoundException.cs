namespace Lifecycle.Application.Abstractions;

/// <summary>The thing asked for does not exist for this person's organisation. Shown as 404, never 403.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
