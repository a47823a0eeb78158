using Lifecycle.Domain.Framework;

namespace Lifecycle.Application.Projects;

public sealed record RegisterProject(
    Guid OrganisationId,
    string Name,
    string? Description,
    bool IsPredictive,
    bool InvolvesThirdParty,
    bool IsHighRisk,
    Guid ProjectManagerId,
    Actor Actor,
    DateOnly? WorkBeganOn = null);

public sealed class RegisterProjectHandler(ILifecycleDbContext db, IPeopleDirectory people, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(RegisterProject request, CancellationToken cancellationToken)
    {
        var manager = await people.FindAsync(request.OrganisationId, request.ProjectManagerId, cancellationToken)
            ?? throw new NotFoundException("Project manager");
        var now = clock.GetUtcNow().UtcDateTime;
        var details = new ProjectDetails(request.Name, request.Description,
            new ApplicabilityFacts(request.IsPredictive, request.InvolvesThirdParty, request.IsHighRisk), request.WorkBeganOn);

        var project = Project.Register(Guid.NewGuid(), request.OrganisationId, details, request.Actor, now);
        project.AppointFirstManager(manager.Id, manager.DisplayName, request.Actor, now);

        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return project.Id;
    }
}
