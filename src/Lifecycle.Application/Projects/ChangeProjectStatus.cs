namespace Lifecycle.Application.Projects;

public enum StatusChange
{
    PutOnHold,
    Resume,
    Stop,
    ReturnToDevelopment,
}

/// <summary>Puts a project on hold, resumes it, stops it for good, or sends it back from Testing to Development.</summary>
public sealed record ChangeProjectStatus(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, StatusChange Change, string? Reason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Stopping a tool that is in use is a safety action: it happens at once, and the project's senior leaders are emailed.</summary>
public sealed class ChangeProjectStatusHandler(ProjectCommandRunner runner, Notifications.ProjectEmails emails)
{
    public Task HandleAsync(ChangeProjectStatus request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
        {
            switch (request.Change)
            {
                case StatusChange.PutOnHold:
                    project.PutOnHold(request.Reason, request.Actor, now);
                    break;
                case StatusChange.Resume:
                    project.Resume(request.Actor, now);
                    break;
                case StatusChange.Stop:
                    project.Stop(request.Reason, request.Actor, now);
                    break;
                case StatusChange.ReturnToDevelopment:
                    project.ReturnToDevelopment(request.Reason, request.Actor, now);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(request), request.Change, "Unknown status change.");
            }
        }, cancellationToken,
        (project, ct) => request.Change == StatusChange.Stop && project.HasGoneLive
            ? emails.LiveToolStoppedAsync(project, request.Actor, ct)
            : Task.CompletedTask);
}
