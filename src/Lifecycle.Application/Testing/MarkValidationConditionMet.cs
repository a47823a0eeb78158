namespace Lifecycle.Application.Testing;

/// <summary>Stage 7: a condition set by external validation has been met, and how.</summary>
public sealed record MarkValidationConditionMet(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, int ConditionNumber, string? HowMet)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class MarkValidationConditionMetHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(MarkValidationConditionMet c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.MarkValidationConditionMet(c.ConditionNumber, c.HowMet, c.Actor, now), ct);
}
