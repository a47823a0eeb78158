namespace Lifecycle.Application.ImpactAssessments;

/// <summary>After a change of scope: an impact assessment still stands as it is, and why.</summary>
public sealed record ConfirmAssessmentUnchanged(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid AssessmentId, string? Reason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ConfirmAssessmentUnchangedHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(ConfirmAssessmentUnchanged c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.ConfirmAssessmentUnchanged(c.AssessmentId, c.Reason, c.Actor, now), ct);
}
