using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Testing;

/// <summary>A wrongly recorded test run or monitoring review is taken out of use, with a reason.</summary>
public sealed record WithdrawResult(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, ResultKind Kind, int Number, string? Reason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class WithdrawResultHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(WithdrawResult request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.WithdrawResult(request.Kind, request.Number, request.Reason, request.Actor, now), cancellationToken);
}
