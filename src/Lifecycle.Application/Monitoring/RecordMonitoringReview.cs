using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Application.Monitoring;

/// <summary>Stage 9: a scheduled review of the live tool, with its results per group.</summary>
public sealed record RecordMonitoringReview(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, MonitoringReviewDetails Details, IReadOnlyList<GroupCounts> Groups)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordMonitoringReviewHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordMonitoringReview c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordMonitoringReview(c.Details, c.Groups, c.Actor, now), ct);
}
