using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.SignOffs;

public sealed record SubmitForSignOff(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, SignOffKind Kind)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class SubmitForSignOffHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(SubmitForSignOff request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.SubmitForSignOff(request.Kind, request.Actor, now), cancellationToken);
}
