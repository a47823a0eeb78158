using Lifecycle.Domain.Framework;

namespace Lifecycle.Domain.Projects;

/// <summary>What a project manager can say about a project when registering or editing it.</summary>
public sealed record ProjectDetails(string Name, string? Description, ApplicabilityFacts Facts)
{
    internal string Describe() => Snapshot.Of(new
    {
        Name,
        Description,
        Facts.IsPredictive,
        Facts.InvolvesThirdParty,
        Facts.IsHighRisk,
    });
}
