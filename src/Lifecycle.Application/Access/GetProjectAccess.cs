using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Access;

public sealed class GetProjectAccess(ILifecycleDbContext db)
{
    /// <summary>Null when the project does not exist in the person's organisation: callers answer 404.</summary>
    public async Task<ProjectAccess?> ForAsync(Guid projectId, Guid organisationId, Guid personId, bool isOrganisationAdministrator, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId && p.OrganisationId == organisationId)
            .Select(p => new { Roles = p.Members.Where(m => m.PersonId == personId).Select(m => m.Role).ToList() })
            .SingleOrDefaultAsync(cancellationToken);

        return project is null
            ? null
            : new ProjectAccess(projectId, organisationId, project.Roles.ToHashSet(), isOrganisationAdministrator);
    }
}
