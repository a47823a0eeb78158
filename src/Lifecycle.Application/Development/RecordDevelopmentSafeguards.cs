using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Application.Development;

/// <summary>Stage 6: how privacy, explanation, challenge and feedback are built into the tool.</summary>
public sealed record RecordDevelopmentSafeguards(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DevelopmentSafeguards Safeguards)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordDevelopmentSafeguardsHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordDevelopmentSafeguards c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordDevelopmentSafeguards(c.Safeguards, c.Actor, now), ct);
}
