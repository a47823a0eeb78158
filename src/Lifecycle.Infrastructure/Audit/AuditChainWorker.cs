using Lifecycle.Application.Audit;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Audit;

/// <summary>
/// Re-hashes every audit trail in full shortly after the app starts (Audit:FirstCheckAfterMinutes) and then every
/// Audit:FullCheckEveryHours, one trail at a time in its own scope, and
/// keeps each result as the trail's signed checkpoint. A break is logged as an error for the operators as well as
/// shown on the trail's page.
/// </summary>
public sealed class AuditChainWorker(IServiceScopeFactory scopes, IOptions<AuditSealOptions> options, ILogger<AuditChainWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.FullCheckEveryHours <= 0)
        {
            return;
        }

        await Task.Delay(TimeSpan.FromMinutes(Math.Max(0, options.Value.FirstCheckAfterMinutes)), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.FullCheckEveryHours));
        do
        {
            await CheckEveryTrailSafelyAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CheckEveryTrailSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var trails = await CheckEveryTrailAsync(stoppingToken);
            logger.LogInformation("Checked {Trails} audit trails in full in {Seconds:F0} s", trails, watch.Elapsed.TotalSeconds);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "The full audit trail check stopped; it runs again at the next interval");
        }
    }

    public async Task<int> CheckEveryTrailAsync(CancellationToken cancellationToken)
    {
        List<(Guid StreamId, Guid OrganisationId)> streams;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Every project is a trail, sealed or not: a project whose entries and seal were all deleted is the most broken of all.
            var db = scope.ServiceProvider.GetRequiredService<LifecycleDbContext>();
            streams = (await db.AuditSeals.AsNoTracking().Select(s => new { s.StreamId, s.OrganisationId })
                    .Union(db.Projects.AsNoTracking().Select(p => new { StreamId = p.Id, p.OrganisationId }))
                    .ToListAsync(cancellationToken))
                .Select(s => (s.StreamId, s.OrganisationId)).ToList();
        }

        foreach (var (streamId, organisationId) in streams)
        {
            await using var scope = scopes.CreateAsyncScope();
            var checkpoint = await scope.ServiceProvider.GetRequiredService<CheckAuditChain>().CheckAsync(streamId, organisationId, cancellationToken);
            if (!checkpoint.IsIntact)
            {
                logger.LogError("Audit trail {StreamId} of organisation {OrganisationId} breaks at entry {Sequence}: {Problem}",
                    streamId, organisationId, checkpoint.BrokenAtSequence, checkpoint.Problem);
            }
        }

        return streams.Count;
    }
}
