using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Testing;

/// <summary>Either counts per group, or the reasons the file was refused (then nothing is saved).</summary>
public sealed record PredictionsCsvResult(IReadOnlyDictionary<string, ConfusionCounts>? CountsByGroup, IReadOnlyList<string> Errors)
{
    public bool IsValid => CountsByGroup is not null;

    public static PredictionsCsvResult Refused(string error) => new(null, [error]);
}
