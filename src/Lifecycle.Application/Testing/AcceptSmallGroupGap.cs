using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Testing;

/// <summary>A senior leader accepts that a group in a test run or review had too few cases to judge, and says why.</summary>
public sealed record AcceptSmallGroupGap(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, ResultKind Kind, int Number, string Group, string? Reason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class AcceptSmallGroupGapHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(AcceptSmallGroupGap request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.AcceptSmallGroupGap(request.Kind, request.Number, request.Group, request.Reason, request.Actor, now), cancellationToken);
}
