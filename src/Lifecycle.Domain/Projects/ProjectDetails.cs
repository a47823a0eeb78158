
namespace Lifecycle.Domain.Projects;

/// <summary>
/// What a project manager can say about a project when registering or editing it. <paramref name="WorkBeganOn"/> is when
/// the council began the work, often before the project was registered here: null keeps it as it is (the registration
/// day for a new project).
/// </summary>
public sealed record ProjectDetails(string Name, string? Description, ApplicabilityFacts Facts, DateOnly? WorkBeganOn = null)
{
    internal string Describe() => Snapshot.Of(new
    {
        Name,
        Description,
        Facts.IsPredictive,
        Facts.InvolvesThirdParty,
        Facts.IsHighRisk,
        WorkBeganOn,
    });
}
