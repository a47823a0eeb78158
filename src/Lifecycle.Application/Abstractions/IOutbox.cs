namespace Lifecycle.Application.Abstractions;

/// <summary>An email to send: who to, what it says, and what kind it is (for the log and for opting out of reminders).</summary>
public sealed record EmailMessage(string To, string Subject, string Body, string Kind);

/// <summary>
/// Queues an email in the same database transaction as the change that causes it: it is sent after the
/// save succeeds, at least once, even if the mail service is down at the time.
/// </summary>
public interface IOutbox
{
    void Enqueue(EmailMessage message);
}
