namespace Lifecycle.Application.Transparency;

/// <summary>Stage 8: the answers written into the transparency record, keyed by field.</summary>
public sealed record SaveTransparencyEntries(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, IReadOnlyDictionary<string, string?> Values)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class SaveTransparencyEntriesHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(SaveTransparencyEntries c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.SaveTransparencyEntries(c.Values, c.Actor, now), ct);
}
