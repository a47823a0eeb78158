namespace Lifecycle.Application.Workbook;

public sealed record AnswerWorkbookQuestion(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, int QuestionNumber, string? Text)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class AnswerWorkbookQuestionHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(AnswerWorkbookQuestion request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.AnswerWorkbookQuestion(request.QuestionNumber, request.Text, request.Actor, now), cancellationToken);
}
