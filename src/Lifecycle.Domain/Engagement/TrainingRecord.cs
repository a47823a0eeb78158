namespace Lifecycle.Domain.Engagement;

/// <summary>Training given to the tool's users: who, how many, when and what it covered.</summary>
public sealed class TrainingRecord
{
    private TrainingRecord()
    {
        Audience = Content = RecordedByName = string.Empty;
    }

    internal TrainingRecord(Guid projectId, DateOnly deliveredOn, string audience, int peopleTrained, string content, int stageNumber, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        DeliveredOn = deliveredOn;
        Audience = audience;
        PeopleTrained = peopleTrained;
        Content = content;
        StageNumber = stageNumber;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public DateOnly DeliveredOn { get; private set; }

    public string Audience { get; private set; }

    public int PeopleTrained { get; private set; }

    public string Content { get; private set; }

    public int StageNumber { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
