namespace Lifecycle.Application.Transparency;

/// <summary>Stage 10: the published transparency record is marked as archived.</summary>
public sealed record ArchiveTransparencyRecord(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DateOnly ArchivedOn)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ArchiveTransparencyRecordHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(ArchiveTransparencyRecord c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.ArchiveTransparencyRecord(c.ArchivedOn, c.Actor, now), ct);
}
