namespace Lifecycle.Application.Projects;

public sealed record AdvanceStage(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class AdvanceStageHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(AdvanceStage request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.AdvanceStage(request.Actor, now), cancellationToken);
}
