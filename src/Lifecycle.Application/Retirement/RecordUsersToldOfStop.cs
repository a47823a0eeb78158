namespace Lifecycle.Application.Retirement;

/// <summary>A live tool that was stopped: when and how its users and the people affected were told.</summary>
public sealed record RecordUsersToldOfStop(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DateOnly ToldOn, string? How)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordUsersToldOfStopHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordUsersToldOfStop c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordUsersToldOfStop(c.ToldOn, c.How, c.Actor, now), ct);
}
