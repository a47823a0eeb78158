using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Design;

/// <summary>Stage 5: the success criteria, and the accuracy thresholds when the tool is predictive (null otherwise).</summary>
public sealed record SaveDesignRecords(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, SuccessCriteria Criteria, AccuracyThresholds? Thresholds, string? ThresholdChangeReason = null)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class SaveDesignRecordsHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(SaveDesignRecords request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
        {
            project.RecordSuccessCriteria(request.Criteria, request.Actor, now);
            if (request.Thresholds is { } thresholds)
            {
                project.SetAccuracyThresholds(thresholds, request.ThresholdChangeReason, request.Actor, now);
            }
        }, cancellationToken);
}
