using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Application.PreDeployment;

/// <summary>Stage 8: how the tool will go live and be monitored.</summary>
public sealed record RecordDeploymentPlan(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DeploymentPlan Plan)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordDeploymentPlanHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordDeploymentPlan c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordDeploymentPlan(c.Plan, c.Actor, now), ct);
}
