namespace Lifecycle.Application.Monitoring;

/// <summary>Stage 9: a change to what the live tool does, which needs a new review.</summary>
public sealed record RecordScopeChange(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, string WhatChanged, string Why)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordScopeChangeHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordScopeChange c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordScopeChange(c.WhatChanged, c.Why, c.Actor, now), ct);
}
