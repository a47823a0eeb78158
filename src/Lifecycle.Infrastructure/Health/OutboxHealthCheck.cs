using Lifecycle.Infrastructure.Email;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Health;

/// <summary>Degraded when an email has waited longer than it should: the mail service may be down.</summary>
public sealed class OutboxHealthCheck(LifecycleDbContext db, IOptions<EmailOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        var oldest = await unsent.MinAsync(m => (DateTime?)m.CreatedAt, cancellationToken);
        if (oldest is null)
        {
            return HealthCheckResult.Healthy("No email is waiting.");
        }

        var age = clock.GetUtcNow().UtcDateTime - oldest.Value;
        var lastError = await unsent.Where(m => m.LastError != null).OrderByDescending(m => m.Attempts).ThenBy(m => m.CreatedAt)
            .Select(m => m.LastError).FirstOrDefaultAsync(cancellationToken);
        var description = $"The oldest unsent email has waited {Minutes((int)age.TotalMinutes)}." +
            (lastError is null ? string.Empty : $" The last attempt to send failed: {lastError}");
        return age > TimeSpan.FromMinutes(options.Value.DegradedAfterMinutes)
            ? HealthCheckResult.Degraded(description)
            : HealthCheckResult.Healthy(description);
    }

    private static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";
}
