using Lifecycle.Application.Abstractions;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Portfolio;

/// <summary>The projects a person can see: all of their organisation's for an administrator, otherwise those they have a role on.</summary>
public sealed class GetPortfolio(ILifecycleDbContext db)
{
    public async Task<IReadOnlyList<PortfolioRow>> ForAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, CancellationToken cancellationToken)
    {
        var rows = await db.Projects.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .Where(p => isOrganisationAdministrator || p.Members.Any(m => m.PersonId == personId))
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.HeldAt,
                p.StoppedAt,
                Current = p.Stages.Where(s => s.CompletedAt == null).Select(s => new { s.StageNumber, s.EnteredAt }).First(),
                Roles = p.Members.Where(m => m.PersonId == personId).Select(m => m.Role).ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new PortfolioRow(
            r.Id,
            r.Name,
            LifecycleFramework.Stage(r.Current.StageNumber),
            r.StoppedAt.HasValue ? ProjectStatus.Stopped : r.HeldAt.HasValue ? ProjectStatus.OnHold : ProjectStatus.Active,
            r.Current.EnteredAt,
            r.Roles.ToHashSet())).ToList();
    }
}
