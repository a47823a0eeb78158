namespace Lifecycle.Domain.Workbook;

/// <summary>One version of the answer to one workbook question. Never changed: saving again adds a version.</summary>
public sealed class WorkbookAnswer
{
    private WorkbookAnswer()
    {
        Text = AnsweredByName = string.Empty;
    }

    internal WorkbookAnswer(Guid projectId, int questionNumber, int version, string text, bool confirmedUnchanged, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        QuestionNumber = questionNumber;
        Version = version;
        Text = text;
        ConfirmedUnchanged = confirmedUnchanged;
        AnsweredById = actor.PersonId;
        AnsweredByName = actor.Name;
        AnsweredAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int QuestionNumber { get; private set; }

    public int Version { get; private set; }

    public string Text { get; private set; }

    /// <summary>This version repeats the one before: someone looked at the answer again and it still stands.</summary>
    public bool ConfirmedUnchanged { get; private set; }

    public Guid AnsweredById { get; private set; }

    public string AnsweredByName { get; private set; }

    public DateTime AnsweredAt { get; private set; }
}
