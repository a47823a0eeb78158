using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Application.Solution;

public sealed record ChooseSolution(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, AnalyticsType Type, bool InvolvesThirdParty, string? ChangeReason = null)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ChooseSolutionHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(ChooseSolution request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.ChooseSolution(request.Type, request.InvolvesThirdParty, request.Actor, now, request.ChangeReason), cancellationToken);
}
