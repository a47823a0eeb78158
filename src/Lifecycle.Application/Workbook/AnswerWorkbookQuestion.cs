namespace Lifecycle.Application.Workbook;

/// <param name="AnswerVersionSeen">The version of this question's answer the person saw (0 for none): only a newer answer to the same question clashes.</param>
public sealed record AnswerWorkbookQuestion(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, int QuestionNumber, string? Text, int AnswerVersionSeen)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    public override ConflictScope Scope => WorkbookAnswerStamp.Scope(QuestionNumber, AnswerVersionSeen);
}

public sealed class AnswerWorkbookQuestionHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(AnswerWorkbookQuestion request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.AnswerWorkbookQuestion(request.QuestionNumber, request.Text, request.Actor, now), cancellationToken);
}
