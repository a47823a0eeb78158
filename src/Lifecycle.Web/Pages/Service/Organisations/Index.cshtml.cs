using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Web.Pages.Service.Organisations;

/// <summary>Every organisation on this instance, for a service administrator: names and how many people, never projects.</summary>
public sealed class IndexModel(ILifecycleDbContext db, IPeopleDirectory people) : LifecyclePageModel
{
    public sealed record Row(string Name, string? OnsCode, DateTime CreatedAt, int People);

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var counts = await people.CountByOrganisationAsync(HttpContext.RequestAborted);
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.OnsCode, o.CreatedAt }).ToListAsync(HttpContext.RequestAborted))
            .Select(o => new Row(o.Name, o.OnsCode, o.CreatedAt, counts.GetValueOrDefault(o.Id)))
            .ToList();
    }
}
