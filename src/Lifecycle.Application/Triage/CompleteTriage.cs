using Lifecycle.Application.Notifications;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Triage;

namespace Lifecycle.Application.Triage;

public sealed record CompleteTriage(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, TriageAnswers Answers)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Completes or redoes the triage; a redone triage that waits for approval is sent to the project's senior leaders.</summary>
public sealed class CompleteTriageHandler(ProjectCommandRunner runner, ProjectEmails emails)
{
    public Task HandleAsync(CompleteTriage request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.CompleteTriage(request.Answers, request.Actor, now), cancellationToken,
            (project, ct) => WaitsForApproval(project)
                ? emails.SignOffRequestedAsync(project, SignOffKind.TriageChange, ct)
                : Task.CompletedTask);

    /// <summary>The triage just completed is the one waiting: its request was made the same moment.</summary>
    private static bool WaitsForApproval(Project project) =>
        project.ProposedTriage is { } proposed && proposed.Number == project.Triages.Max(t => t.Number)
        && project.PendingRequest(SignOffKind.TriageChange) is { } waiting && waiting.RequestedAt == proposed.CompletedAt;
}
