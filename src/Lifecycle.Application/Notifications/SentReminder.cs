namespace Lifecycle.Application.Notifications;

/// <summary>
/// That a reminder of one kind was sent for one project and one due date. Its key is unique, so each
/// reminder goes once, even with several app instances checking at the same time.
/// </summary>
public sealed class SentReminder
{
    private SentReminder()
    {
        Kind = string.Empty;
    }

    public SentReminder(Guid projectId, string kind, DateOnly dueOn, DateTime sentAt)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Kind = kind;
        DueOn = dueOn;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime SentAt { get; private set; }
}
