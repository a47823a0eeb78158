namespace Lifecycle.Application.Projects;

/// <summary>Marks an item done, not applicable, or open again.</summary>
public sealed record RecordChecklistItem(
    Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    string ItemCode, ChecklistOutcome Outcome, string? Note, string? EvidenceLink, string? NotApplicableReason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordChecklistItemHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordChecklistItem request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
        {
            switch (request.Outcome)
            {
                case ChecklistOutcome.Done:
                    project.MarkItemDone(request.ItemCode, request.Note, request.EvidenceLink, request.Actor, now);
                    break;
                case ChecklistOutcome.NotApplicable:
                    project.MarkItemNotApplicable(request.ItemCode, request.NotApplicableReason, request.Actor, now);
                    break;
                case ChecklistOutcome.Open:
                    project.ReopenItem(request.ItemCode, request.Actor, now);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(request), request.Outcome, "Unknown checklist outcome.");
            }
        }, cancellationToken);
}
