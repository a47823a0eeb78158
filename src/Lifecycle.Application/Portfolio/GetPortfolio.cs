using Lifecycle.Domain.Delivery;
using Lifecycle.Domain.Framework;
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
                p.RetiredAt,
                WentLive = p.Stages.Where(s => s.StageNumber == Project.MonitoringStage).Min(s => (DateTime?)s.EnteredAt),
                LatestReview = p.MonitoringReviews.Where(r => r.Withdrawal == null).Max(r => (DateOnly?)r.ReviewedOn),
                Interval = p.DeploymentPlan!.ReviewIntervalMonths,
                Current = p.Stages.Where(s => s.CompletedAt == null).Select(s => new { s.StageNumber, s.EnteredAt }).First(),
                Roles = p.Members.Where(m => m.PersonId == personId).Select(m => m.Role).ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r =>
        {
            var status = r.RetiredAt.HasValue ? ProjectStatus.Retired
                : r.StoppedAt.HasValue ? ProjectStatus.Stopped
                : r.HeldAt.HasValue ? ProjectStatus.OnHold : ProjectStatus.Active;
            var live = r.Current.StageNumber == Project.MonitoringStage && status is ProjectStatus.Active or ProjectStatus.OnHold;
            return new PortfolioRow(
                r.Id,
                r.Name,
                LifecycleFramework.Stage(r.Current.StageNumber),
                status,
                r.Current.EnteredAt,
                r.Roles.ToHashSet(),
                live && r.WentLive is { } wentLive && r.Interval is { } months
                    ? MonitoringSchedule.NextDue(DateOnly.FromDateTime(wentLive), r.LatestReview, months)
                    : null);
        }).ToList();
    }
}
