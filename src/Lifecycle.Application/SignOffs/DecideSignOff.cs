using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.SignOffs;

public sealed record DecideSignOff(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, SignOffKind Kind, Decision Decision, string? Comment)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class DecideSignOffHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(DecideSignOff request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.DecideSignOff(request.Kind, request.Decision, request.Comment, request.Actor, now), cancellationToken);
}
