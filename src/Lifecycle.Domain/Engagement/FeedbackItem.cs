namespace Lifecycle.Domain.Engagement;

/// <summary>
/// An entry in the feedback and challenges register: who raised it (or anonymous), what it is
/// about, and the team's response. The stage it was raised in tells beta feedback from live use.
/// </summary>
public sealed class FeedbackItem
{
    private FeedbackItem()
    {
        About = Details = RecordedByName = string.Empty;
    }

    internal FeedbackItem(Guid projectId, int number, FeedbackKind kind, string? raisedBy, DateOnly raisedOn, string about, string details, int stageNumber, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Kind = kind;
        RaisedBy = raisedBy;
        RaisedOn = raisedOn;
        About = about;
        Details = details;
        StageNumber = stageNumber;
        Status = FeedbackStatus.Open;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public FeedbackKind Kind { get; private set; }

    /// <summary>Null when the person asked not to be named.</summary>
    public string? RaisedBy { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    public string About { get; private set; }

    public string Details { get; private set; }

    public int StageNumber { get; private set; }

    public FeedbackStatus Status { get; private set; }

    public string? Response { get; private set; }

    public string? RespondedByName { get; private set; }

    public DateTime? RespondedAt { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public bool IsAnonymous => RaisedBy is null;

    /// <summary>How long a challenge may wait for a first response before it is shown as waiting too long.</summary>
    public const int ChallengeResponseDays = 28;

    /// <summary>A challenge nobody has answered within <see cref="ChallengeResponseDays"/> days of it being raised.</summary>
    public bool IsWaitingTooLong(DateOnly today) =>
        Kind == FeedbackKind.Challenge && Status == FeedbackStatus.Open && RaisedOn.AddDays(ChallengeResponseDays) < today;

    internal void Respond(string response, FeedbackStatus status, Actor actor, DateTime at)
    {
        Response = response;
        Status = status;
        RespondedByName = actor.Name;
        RespondedAt = at;
    }
}
