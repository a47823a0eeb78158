using Lifecycle.Application.Notifications;
using Lifecycle.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>Looks for monitoring reviews coming due or overdue every Email:ReminderCheckMinutes and queues the reminders.</summary>
public sealed class ReviewReminderWorker(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<ReviewReminderWorker> logger)
    : Microsoft.Extensions.Hosting.BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.ReminderCheckMinutes)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var today = UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
                var reminded = await scope.ServiceProvider.GetRequiredService<MonitoringReviewReminders>().SendDueAsync(today, stoppingToken);
                if (reminded > 0)
                {
                    logger.LogInformation("Queued monitoring review reminders for {Count} project(s)", reminded);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Monitoring review reminders could not be checked; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
