using Lifecycle.Domain.Common;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Notifications;

/// <summary>
/// Finds live tools whose monitoring review is due within <see cref="MonitoringSchedule.DueSoonDays"/> days or
/// overdue and reminds the team once for each: once when it comes close, once when it is late. A new
/// review moves the due date on, so the next reminders are for the new date.
/// </summary>
public sealed class MonitoringReviewReminders(ILifecycleDbContext db, ProjectEmails emails, TimeProvider clock)
{
    /// <summary>Queues the reminders due on <paramref name="today"/>; returns how many projects were reminded.</summary>
    public async Task<int> SendDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var reminded = 0;
        foreach (var project in await LiveProjectsAsync(cancellationToken))
        {
            var due = MonitoringSchedule.NextDue(UkCalendar.DateOf(project.WentLive), project.LatestReview, project.IntervalMonths);
            var timing = MonitoringSchedule.TimingOf(due, today);
            var kind = ReviewReminderEmail.KindFor(timing);
            if (timing == ReviewTiming.NotYetDue
                || await db.SentReminders.AnyAsync(r => r.ProjectId == project.Id && r.Kind == kind && r.DueOn == due, cancellationToken))
            {
                continue;
            }

            db.SentReminders.Add(new SentReminder(project.Id, kind, due, clock.GetUtcNow().UtcDateTime));
            await emails.ReviewReminderAsync(
                new ReviewReminderTarget(project.Id, project.OrganisationId, project.Name, due, project.Managers, project.Owner), timing, cancellationToken);
            reminded += await SaveOnceAsync(cancellationToken);
        }

        return reminded;
    }

    /// <summary>Another instance may have sent the same reminder a moment ago: the unique key refuses the second, and its email with it.</summary>
    private async Task<int> SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateException)
        {
            return 0;
        }
        finally
        {
            db.DiscardPendingChanges();
        }
    }

    private async Task<IReadOnlyList<LiveProject>> LiveProjectsAsync(CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.StoppedAt == null && p.RetiredAt == null && p.DeploymentPlan!.ReviewIntervalMonths != null)
            .Where(p => p.Stages.Any(s => s.CompletedAt == null && s.StageNumber == Project.MonitoringStage))
            .Select(p => new LiveProject(
                p.Id,
                p.OrganisationId,
                p.Name,
                p.Stages.Where(s => s.StageNumber == Project.MonitoringStage).Min(s => s.EnteredAt),
                p.MonitoringReviews.Where(r => r.Withdrawal == null).Max(r => (DateOnly?)r.ReviewedOn),
                p.DeploymentPlan!.ReviewIntervalMonths!.Value,
                p.DeploymentPlan.MonitoringOwner,
                p.Members.Where(m => m.Role == ProjectRole.ProjectManager).Select(m => m.PersonId).ToList()))
            .ToListAsync(cancellationToken);

    private sealed record LiveProject(Guid Id, Guid OrganisationId, string Name, DateTime WentLive, DateOnly? LatestReview, int IntervalMonths, string? Owner, List<Guid> Managers);
}
