using Lifecycle.Domain.Triage;

namespace Lifecycle.Application.Triage;

public sealed record CompleteTriage(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, TriageAnswers Answers)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class CompleteTriageHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(CompleteTriage request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.CompleteTriage(request.Answers, request.Actor, now), cancellationToken);
}
