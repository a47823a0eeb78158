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
        var oldest = await db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null).MinAsync(m => (DateTime?)m.CreatedAt, cancellationToken);
        if (oldest is null)
        {
            return HealthCheckResult.Healthy("No email is waiting.");
        }

        var age = clock.GetUtcNow().UtcDateTime - oldest.Value;
        return age > TimeSpan.FromMinutes(options.Value.DegradedAfterMinutes)
            ? HealthCheckResult.Degraded($"The oldest unsent email has waited {(int)age.TotalMinutes} minutes.")
            : HealthCheckResult.Healthy($"The oldest unsent email has waited {(int)age.TotalMinutes} minutes.");
    }
}
