using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Application.ImpactAssessments;

public sealed record SaveImpactAssessment(
    Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid? AssessmentId, ImpactAssessmentKind Kind, ImpactAssessmentDetails Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class SaveImpactAssessmentHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(SaveImpactAssessment request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
        {
            if (request.AssessmentId is { } id && project.ImpactAssessments.All(a => a.Id != id))
            {
                throw new NotFoundException("Impact assessment");
            }

            project.SaveImpactAssessment(request.AssessmentId, request.Kind, request.Details, request.Actor, now);
        }, cancellationToken);
}
