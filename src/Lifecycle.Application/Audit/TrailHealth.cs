namespace Lifecycle.Application.Audit;

/// <summary>
/// What the quick signs say about audit trails, without re-hashing them: each problem names the trail it is in.
/// Shown wherever people look at a project (overview, at a glance) and the organisation's projects (portfolio), so a
/// broken trail is never only on the audit page.
/// </summary>
public sealed record TrailHealth(IReadOnlyList<TrailProblem> Problems, string? OrganisationProblem)
{
    public bool IsSound => Problems.Count == 0 && OrganisationProblem is null;
}

/// <summary>A trail that the quick signs say is broken: the project (or the organisation's own trail) and why.</summary>
public sealed record TrailProblem(Guid StreamId, string Name, string Problem);
