using Lifecycle.Application.Notifications;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.SignOffs;

public sealed record DecideSignOff(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, SignOffKind Kind, Decision Decision, string? Comment)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Records a senior leader's decision and emails it to the person who submitted.</summary>
public sealed class DecideSignOffHandler(ProjectCommandRunner runner, ProjectEmails emails)
{
    public Task HandleAsync(DecideSignOff request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.DecideSignOff(request.Kind, request.Decision, request.Comment, request.Actor, now), cancellationToken,
            (project, ct) => emails.SignOffDecidedAsync(project, request.Kind, ct));
}
