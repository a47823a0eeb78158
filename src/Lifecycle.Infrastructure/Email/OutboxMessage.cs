namespace Lifecycle.Infrastructure.Email;

/// <summary>One queued email. Claimed with a lease by one sender at a time; kept once sent, for the record.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        To = Subject = Body = Kind = string.Empty;
    }

    public OutboxMessage(string to, string subject, string body, string kind, DateTime at)
    {
        Id = Guid.NewGuid();
        To = to;
        Subject = subject;
        Body = body;
        Kind = kind;
        CreatedAt = NextAttemptAt = at;
    }

    public Guid Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public string Kind { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>Until when a sender holds it; another sender may take it over afterwards.</summary>
    public DateTime? LeaseUntil { get; set; }

    public string? LeasedBy { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}
