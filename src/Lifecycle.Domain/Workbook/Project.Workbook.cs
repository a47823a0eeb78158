
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<WorkbookAnswer> _workbookAnswers = [];

    public IReadOnlyList<WorkbookAnswer> WorkbookAnswers => _workbookAnswers;

    public WorkbookAnswer? CurrentAnswer(int questionNumber) =>
        _workbookAnswers.Where(a => a.QuestionNumber == questionNumber).MaxBy(a => a.Version);

    /// <summary>Every version of an answer, newest first.</summary>
    public IReadOnlyList<WorkbookAnswer> AnswerHistory(int questionNumber) =>
        _workbookAnswers.Where(a => a.QuestionNumber == questionNumber).OrderByDescending(a => a.Version).ToList();

    /// <summary>Saves a new version of an answer; the earlier versions are kept with who wrote them and when.</summary>
    public void AnswerWorkbookQuestion(int questionNumber, string? text, Actor actor, DateTime at)
    {
        var question = LifecycleFramework.FindWorkbookQuestion(questionNumber)
            ?? throw new ArgumentException($"There is no workbook question {questionNumber}.", nameof(questionNumber));
        var cleaned = DomainText.Optional(text, TextLimits.LongText * 2, "Answer");
        var current = CurrentAnswer(questionNumber);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this, isStopDuty: question.Phase == Phase.Implement),
            new WorkbookAnswerMustNotBeEmptyRule(cleaned),
            new WorkbookAnswerMustChangeRule(current, cleaned),
        ]);

        var answer = new WorkbookAnswer(Id, questionNumber, (current?.Version ?? 0) + 1, cleaned!, confirmedUnchanged: false, actor, at);
        _workbookAnswers.Add(answer);
        Record("WorkbookAnswered", $"Workbook question {question.Number}, version {answer.Version}",
            current is null ? null : Snapshot.Of(new { Answer = current.Text }), Snapshot.Of(new { Answer = answer.Text }), actor, at);
    }

    /// <summary>
    /// Records that someone looked at an answer again and it still stands, as a new version with the
    /// same text; the Implement answers are reviewed like this before a retirement completes.
    /// </summary>
    public void ConfirmWorkbookAnswer(int questionNumber, Actor actor, DateTime at)
    {
        var question = LifecycleFramework.FindWorkbookQuestion(questionNumber)
            ?? throw new ArgumentException($"There is no workbook question {questionNumber}.", nameof(questionNumber));
        var current = CurrentAnswer(questionNumber);
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this, isStopDuty: question.Phase == Phase.Implement), new WorkbookAnswerMustExistRule(question, current)]);

        var answer = new WorkbookAnswer(Id, questionNumber, current!.Version + 1, current.Text, confirmedUnchanged: true, actor, at);
        _workbookAnswers.Add(answer);
        Record("WorkbookAnswerConfirmed", $"Workbook question {question.Number}, version {answer.Version}", null,
            Snapshot.Of(new { Answer = answer.Text, Unchanged = true }), actor, at);
    }
}
