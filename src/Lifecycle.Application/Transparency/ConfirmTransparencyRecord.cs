using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Transparency;

/// <summary>Stage 8: the domain works out which fields are still empty; the record names the organisation, so its name is looked up here.</summary>
public sealed record ConfirmTransparencyRecord(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ConfirmTransparencyRecordHandler(ProjectCommandRunner runner, ILifecycleDbContext db)
{
    public async Task HandleAsync(ConfirmTransparencyRecord c, CancellationToken ct)
    {
        var organisation = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        await runner.RunAsync(c, (p, now) => p.ConfirmTransparencyRecord(organisation, c.Actor, now), ct);
    }
}
