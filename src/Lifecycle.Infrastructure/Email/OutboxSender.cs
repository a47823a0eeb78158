using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>
/// Sends what is due in the outbox. Each message is claimed with a lease by a conditional update, so two
/// instances never both send it; a failure is retried later with growing waits and nothing is lost.
/// </summary>
public sealed class OutboxSender(LifecycleDbContext db, IEmailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    private const int Batch = 20;
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>Sends the messages due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(string sender, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.CreatedAt).Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(id, sender, now, cancellationToken) && await SendAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> ClaimAsync(Guid id, string sender, DateTime now, CancellationToken cancellationToken)
    {
        var leaseUntil = now.AddSeconds(options.Value.LeaseSeconds);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeasedBy, sender), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(new EmailMessage(message.To, message.Subject, message.Body, message.Kind), cancellationToken);
            message.SentAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            message.Attempts++;
            var wait = TimeSpan.FromMinutes(Math.Pow(2, Math.Min(message.Attempts - 1, 6)));
            message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + (wait < LongestWait ? wait : LongestWait);
            message.LastError = failure.Message.Length > 500 ? failure.Message[..500] : failure.Message;
            logger.LogWarning(failure, "Sending {Kind} email failed (attempt {Attempts}); it will be retried", message.Kind, message.Attempts);
            return false;
        }
        finally
        {
            message.LeaseUntil = null;
            message.LeasedBy = null;
            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }
    }
}
