namespace Lifecycle.Domain.Oversight;

public sealed class OversightMeeting
{
    private OversightMeeting()
    {
        Attendees = Decisions = string.Empty;
    }

    internal OversightMeeting(Guid projectId, DateOnly heldOn, string attendees, string decisions, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        HeldOn = heldOn;
        Attendees = DomainText.Required(attendees, TextLimits.ShortText, "Attendees");
        Decisions = DomainText.Required(decisions, TextLimits.LongText, "Decisions");
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Attendees { get; private set; }

    public string Decisions { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
