using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Application.Solution;

/// <summary>Adds a dataset to the catalogue (no id) or changes one already there.</summary>
public sealed record SaveDataset(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid? DatasetId, DatasetDetails Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class SaveDatasetHandler(ProjectCommandRunner runner)
{
    public async Task<Guid> HandleAsync(SaveDataset request, CancellationToken cancellationToken)
    {
        var id = request.DatasetId ?? Guid.Empty;
        await runner.RunAsync(request, (project, now) =>
        {
            if (request.DatasetId is null)
            {
                id = project.AddDataset(request.Details, request.Actor, now);
            }
            else if (project.Datasets.Any(d => d.Id == request.DatasetId))
            {
                project.UpdateDataset(request.DatasetId.Value, request.Details, request.Actor, now);
            }
            else
            {
                throw new NotFoundException("Dataset");
            }
        }, cancellationToken);
        return id;
    }
}
