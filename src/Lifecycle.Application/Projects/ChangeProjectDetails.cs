using Lifecycle.Domain.Framework;

namespace Lifecycle.Application.Projects;

public sealed record ChangeProjectDetails(
    Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    string Name, string? Description, bool IsPredictive, bool InvolvesThirdParty, bool IsHighRisk, DateOnly? WorkBeganOn = null)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ChangeProjectDetailsHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(ChangeProjectDetails request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.ChangeDetails(
            new ProjectDetails(request.Name, request.Description,
                new ApplicabilityFacts(request.IsPredictive, request.InvolvesThirdParty, request.IsHighRisk), request.WorkBeganOn),
            request.Actor, now), cancellationToken);
}
