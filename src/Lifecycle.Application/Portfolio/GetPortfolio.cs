using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Portfolio;

/// <summary>
/// The projects a person can see (all of their organisation's for an administrator, otherwise those they have a role on),
/// narrowed by a <see cref="PortfolioFilter"/>. Phase, stage, status, name and sign-off filters run in the database and read
/// only the columns the list shows; the next review date needs each live tool's latest review, so it is worked out for the
/// matching rows by the same domain rule the project page uses.
/// </summary>
public sealed class GetPortfolio(ILifecycleDbContext db, GetAwaitingSignOffs awaiting)
{
    public const int PageSize = 50;

    /// <summary>Every matching row, in the filter's order (for the CSV download).</summary>
    public async Task<IReadOnlyList<PortfolioRow>> ForAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today,
        CancellationToken cancellationToken)
    {
        var rows = await MatchingAsync(organisationId, personId, isOrganisationAdministrator, filter, today, cancellationToken);
        return await WithAttentionAsync(organisationId, rows.Where(r => filter.Phase is null || r.CurrentStage.Phase == filter.Phase).ToList(), cancellationToken);
    }

    /// <summary>One page of matching rows (pages count from 1; past the last page gives the last page), with the counts by phase.</summary>
    public async Task<PortfolioPage> PageAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today, int pageNumber,
        CancellationToken cancellationToken)
    {
        if (filter.Review is null && filter.Sort != PortfolioSort.NextReview)
        {
            return await PageInDatabaseAsync(organisationId, personId, isOrganisationAdministrator, filter, pageNumber, cancellationToken);
        }

        var anyPhase = await MatchingAsync(organisationId, personId, isOrganisationAdministrator, filter.AnyPhase, today, cancellationToken);
        var byPhase = Enum.GetValues<Phase>().ToDictionary(phase => phase, phase => anyPhase.Count(r => r.CurrentStage.Phase == phase));
        var matching = anyPhase.Where(r => filter.Phase is null || r.CurrentStage.Phase == filter.Phase).ToList();
        var page = Paging.Clamp(pageNumber, matching.Count, PageSize);
        var shown = await WithAttentionAsync(organisationId, matching.Skip((page - 1) * PageSize).Take(PageSize).ToList(), cancellationToken);
        return new PortfolioPage(shown, matching.Count, page, PageSize, byPhase);
    }

    /// <summary>
    /// Without a review filter or order (which need each live tool's next review, worked out by the domain rule), the
    /// database counts, orders and pages, and only the 50 rows shown are read.
    /// </summary>
    private async Task<PortfolioPage> PageInDatabaseAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, int pageNumber,
        CancellationToken cancellationToken)
    {
        var anyPhase = await FilteredAsync(organisationId, personId, isOrganisationAdministrator, filter.AnyPhase, cancellationToken);
        var byStage = await anyPhase
            .SelectMany(p => p.Stages.Where(s => s.CompletedAt == null).Select(s => s.StageNumber))
            .GroupBy(stage => stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byPhase = Enum.GetValues<Phase>().ToDictionary(phase => phase, phase => byStage.Where(s => LifecycleFramework.Stage(s.Stage).Phase == phase).Sum(s => s.Count));

        var matching = anyPhase;
        if (filter.Phase is { } chosen)
        {
            var stages = LifecycleFramework.Stages.Where(s => s.Phase == chosen).Select(s => s.Number).ToList();
            matching = matching.Where(p => p.Stages.Any(s => s.CompletedAt == null && stages.Contains(s.StageNumber)));
        }

        var count = filter.Phase is { } phase ? byPhase[phase] : byPhase.Values.Sum();
        var page = Paging.Clamp(pageNumber, count, PageSize);
#pragma warning disable CA1304, CA1311 // translated to SQL LOWER(), never run in .NET: the order ignores case on every provider
        var ordered = filter.Sort == PortfolioSort.Stage
            ? matching.OrderBy(p => p.Stages.Where(s => s.CompletedAt == null).Select(s => s.StageNumber).First()).ThenBy(p => p.Name.ToLower()).ThenBy(p => p.Id)
            : matching.OrderBy(p => p.Name.ToLower()).ThenBy(p => p.Id);
#pragma warning restore CA1304, CA1311

        // The page's ids first, then its rows: SQLite would otherwise work out every column of every matching project
        // (subqueries included) before sorting, to show 50 of them.
        var ids = await ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = (await RowsAsync(db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)), personId, cancellationToken)).ToDictionary(r => r.ProjectId);
        return new PortfolioPage(await WithAttentionAsync(organisationId, ids.Select(id => rows[id]).ToList(), cancellationToken), count, page, PageSize, byPhase);
    }

    private async Task<List<PortfolioRow>> MatchingAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today,
        CancellationToken cancellationToken)
    {
        var projects = await FilteredAsync(organisationId, personId, isOrganisationAdministrator, filter, cancellationToken);
        IEnumerable<PortfolioRow> rows = await RowsAsync(projects, personId, cancellationToken);
        if (filter.Review is { } review)
        {
            rows = rows.Where(r => r.NextReviewDue is { } due && MonitoringSchedule.TimingOf(due, today) switch
            {
                ReviewTiming.Overdue => true,
                ReviewTiming.DueSoon => review == ReviewFilter.DueOrOverdue,
                _ => false,
            });
        }

        return (filter.Sort switch
        {
            PortfolioSort.Stage => rows.OrderBy(r => r.CurrentStage.Number).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
            PortfolioSort.NextReview => rows.OrderBy(r => r.NextReviewDue is null).ThenBy(r => r.NextReviewDue).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
            _ => rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
        }).ToList();
    }

    /// <summary>The projects the person can see, narrowed by every filter the database can apply (all but the review filter).</summary>
    private async Task<IQueryable<Project>> FilteredAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter,
        CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .Where(p => isOrganisationAdministrator || p.Members.Any(m => m.PersonId == personId));
        if (filter.MyRole is { } role)
        {
            projects = projects.Where(p => p.Members.Any(m => m.PersonId == personId && m.Role == role));
        }

        if (filter.Status is { } status)
        {
            projects = projects.Where(ProjectStatuses.Matching(status));
        }

        if (filter.Review is not null)
        {
            // Only a live tool has a next review (see MonitoringSchedule.NextDueWhileLive).
            projects = projects.Where(p => p.Stages.Any(s => s.CompletedAt == null && s.StageNumber == Project.MonitoringStage));
        }

        if (filter.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stages.Any(s => s.CompletedAt == null && s.StageNumber == stage));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = "%" + filter.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            projects = projects.Where(p => EF.Functions.Like(p.Name, pattern, "\\"));
        }

        if (filter.AwaitingMySignOff)
        {
            var waiting = (await awaiting.ForAsync(organisationId, personId, cancellationToken)).Select(a => a.ProjectId).Distinct().ToList();
            projects = projects.Where(p => waiting.Contains(p.Id));
        }

        return projects;
    }

    /// <summary>Reads only the columns the list shows, and works out status and next review by the domain's rules.</summary>
    /// <summary>
    /// Whether each live tool shown needs attention is the domain's answer (every passed gate's rules), so the live
    /// tools among the rows are loaded with what those rules read, in one round of queries.
    /// </summary>
    private async Task<IReadOnlyList<PortfolioRow>> WithAttentionAsync(Guid organisationId, List<PortfolioRow> rows, CancellationToken cancellationToken)
    {
        var live = rows.Where(r => r.CurrentStage.Number == Project.MonitoringStage && r.Status is ProjectStatus.Active or ProjectStatus.OnHold).Select(r => r.ProjectId).ToList();
        if (live.Count == 0)
        {
            return rows;
        }

        var needing = (await db.Projects.AsNoTracking().LoadManyAsync(live, organisationId, ProjectViews.Standing, cancellationToken))
            .Where(p => p.NeedsAttention).Select(p => p.Id).ToHashSet();
        return rows.Select(r => needing.Contains(r.ProjectId) ? r with { NeedsAttention = true } : r).ToList();
    }

    private static async Task<List<PortfolioRow>> RowsAsync(IQueryable<Project> projects, Guid personId, CancellationToken cancellationToken)
    {
        var found = await projects
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
                // Two scalar subqueries, not one row: a row becomes a window over every project's stages in SQLite.
                CurrentStage = p.Stages.Where(s => s.CompletedAt == null).Select(s => s.StageNumber).First(),
                CurrentSince = p.Stages.Where(s => s.CompletedAt == null).Select(s => s.EnteredAt).First(),
                Roles = p.Members.Where(m => m.PersonId == personId).Select(m => m.Role).ToList(),
            })
            .ToListAsync(cancellationToken);

        return found.Select(r =>
        {
            var status = ProjectStatuses.Of(r.HeldAt, r.StoppedAt, r.RetiredAt);
            var nextReview = MonitoringSchedule.NextDueWhileLive(r.CurrentStage, status is ProjectStatus.Stopped or ProjectStatus.Retired,
                r.WentLive is { } wentLive ? UkCalendar.DateOf(wentLive) : null, r.LatestReview, r.Interval);
            return new PortfolioRow(r.Id, r.Name, LifecycleFramework.Stage(r.CurrentStage), status, r.CurrentSince, r.Roles.ToHashSet(), nextReview);
        }).ToList();
    }
}
