using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Transparency;

/// <summary>A project manager publishes the confirmed transparency record at /public/{organisation}/{tool}, or takes it down.</summary>
public sealed record PublishTransparencyRecord(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, bool Publish)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class PublishTransparencyRecordHandler(ProjectCommandRunner runner, ILifecycleDbContext db)
{
    public async Task HandleAsync(PublishTransparencyRecord c, CancellationToken ct)
    {
        if (!c.Publish)
        {
            await runner.RunAsync(c, (p, now) => p.UnpublishTransparencyRecord(c.Actor, now), ct);
            return;
        }

        var organisation = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var taken = await db.Projects.Where(p => p.OrganisationId == c.OrganisationId && p.Id != c.ProjectId && p.PublicSlug != null)
            .Select(p => p.PublicSlug!).ToListAsync(ct);
        await runner.RunAsync(c, (p, now) => p.PublishTransparencyRecord(organisation, taken, c.Actor, now), ct);
    }
}
