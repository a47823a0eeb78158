namespace Lifecycle.Application.Workbook;

/// <summary>Someone looked at a workbook answer again and it still stands: kept as a new version with the same text.</summary>
public sealed record ConfirmWorkbookAnswer(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, int QuestionNumber, int AnswerVersionSeen)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    public override ConflictScope Scope => WorkbookAnswerStamp.Scope(QuestionNumber, AnswerVersionSeen);
}

public sealed class ConfirmWorkbookAnswerHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(ConfirmWorkbookAnswer request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.ConfirmWorkbookAnswer(request.QuestionNumber, request.Actor, now), cancellationToken);
}
