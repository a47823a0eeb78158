using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Testing;

/// <summary>Stage 7: a test run with its results per group.</summary>
public sealed record RecordTestRun(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, TestRunKind Kind, DateOnly RanOn, string? Notes, IReadOnlyList<GroupCounts> Groups)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordTestRunHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordTestRun c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.AddTestRun(c.Kind, c.RanOn, c.Notes, c.Groups, c.Actor, now), ct);
}
