using Lifecycle.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Web.Pages.Service.Organisations;

/// <summary>Every organisation on this instance, for a service administrator: names and how many people, never projects.</summary>
public sealed class IndexModel(LifecycleDbContext db) : LifecyclePageModel
{
    public sealed record Row(string Name, string? OnsCode, DateTime CreatedAt, int People);

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await db.Organisations.AsNoTracking()
        .OrderBy(o => o.Name)
        .Select(o => new Row(o.Name, o.OnsCode, o.CreatedAt, db.Users.Count(u => u.OrganisationId == o.Id)))
        .ToListAsync(HttpContext.RequestAborted);
}
