using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Application.Capability;

public sealed record RecordMaturityAssessment(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, IReadOnlyList<ComponentScore> Scores)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordMaturityAssessmentHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordMaturityAssessment request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.RecordMaturityAssessment(request.Scores, request.Actor, now), cancellationToken);
}
