using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.SignOffs;

public sealed record SaveBusinessCase(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, BusinessCaseDetails Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class SaveBusinessCaseHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(SaveBusinessCase request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.SaveBusinessCase(request.Details, request.Actor, now), cancellationToken);
}
