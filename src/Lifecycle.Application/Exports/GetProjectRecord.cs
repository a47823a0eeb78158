using Lifecycle.Application.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Exports;

/// <summary>Reads a project with its organisation and audit trail, for exporting as a document.</summary>
public sealed class GetProjectRecord(ILifecycleDbContext db, IPeopleDirectory people, GetAuditTrail auditTrail)
{
    public async Task<ProjectRecord> ForAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().LoadAsync(projectId, organisationId, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.SecurityMarking })
            .SingleAsync(cancellationToken);
        var audit = await auditTrail.ForAsync(projectId, organisationId, cancellationToken);
        var names = (await people.ListAsync(organisationId, cancellationToken)).ToDictionary(p => p.Id, p => p.DisplayName);
        return new ProjectRecord(project, organisation.Name, organisation.SecurityMarking, names, audit);
    }
}
