using Lifecycle.Application.Notifications;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.SignOffs;

public sealed record SubmitForSignOff(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, SignOffKind Kind)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Submits for a senior leader's decision and emails the project's other senior leaders that it is waiting.</summary>
public sealed class SubmitForSignOffHandler(ProjectCommandRunner runner, ProjectEmails emails)
{
    public Task HandleAsync(SubmitForSignOff request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.SubmitForSignOff(request.Kind, request.Actor, now), cancellationToken,
            (project, ct) => emails.SignOffRequestedAsync(project, request.Kind, ct));
}
