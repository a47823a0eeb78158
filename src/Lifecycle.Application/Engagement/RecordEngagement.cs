namespace Lifecycle.Application.Engagement;

/// <summary>A meeting or survey with stakeholders, and what the team heard.</summary>
public sealed record RecordEngagement(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DateOnly HeldOn, string Stakeholders, string Method, string WhatWeHeard)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    public override ConflictScope Scope => ConflictScope.NewRecord;
}

public sealed class RecordEngagementHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordEngagement c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordEngagement(c.HeldOn, c.Stakeholders, c.Method, c.WhatWeHeard, c.Actor, now), ct);
}
