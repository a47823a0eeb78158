using Lifecycle.Application.Organisations;

namespace Lifecycle.Web.Pages.Service.Organisations;

/// <summary>Every organisation on this instance, for a service administrator: names and how many people, never projects.</summary>
public sealed class IndexModel(OrganisationDirectory organisations, IPeopleDirectory people) : LifecyclePageModel
{
    public sealed record Row(string Name, string? OnsCode, DateTime CreatedAt, int People);

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var counts = await people.CountByOrganisationAsync(HttpContext.RequestAborted);
        Organisations = (await organisations.AllAsync(HttpContext.RequestAborted))
            .Select(o => new Row(o.Name, o.OnsCode, o.CreatedAt, counts.GetValueOrDefault(o.Id)))
            .ToList();
    }
}
