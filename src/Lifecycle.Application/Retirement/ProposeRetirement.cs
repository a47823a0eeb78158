namespace Lifecycle.Application.Retirement;

/// <summary>Stage 10: the reasons for retiring the tool, before retirement is signed off.</summary>
public sealed record ProposeRetirement(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, string? Reasons)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ProposeRetirementHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(ProposeRetirement c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.ProposeRetirement(c.Reasons, c.Actor, now), ct);
}
