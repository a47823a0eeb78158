namespace Lifecycle.Application.Solution;

/// <summary>The tool will not use a catalogued dataset after all; the dataset stays on record with the reason.</summary>
public sealed record StopUsingDataset(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid DatasetId, string? Reason)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class StopUsingDatasetHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(StopUsingDataset request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.StopUsingDataset(request.DatasetId, request.Reason, request.Actor, now), cancellationToken);
}
