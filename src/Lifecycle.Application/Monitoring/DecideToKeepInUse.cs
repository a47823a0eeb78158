namespace Lifecycle.Application.Monitoring;

/// <summary>Stage 9: a senior leader decides, with a reason, that a tool needing attention stays in use meanwhile.</summary>
public sealed record DecideToKeepInUse(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, string? Reason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class DecideToKeepInUseHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(DecideToKeepInUse c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.DecideToKeepInUse(c.Reason, c.Actor, now), ct);
}
