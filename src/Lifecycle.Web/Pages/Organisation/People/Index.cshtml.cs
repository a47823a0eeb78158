using Lifecycle.Application.Abstractions;

namespace Lifecycle.Web.Pages.Organisation.People;

public sealed class IndexModel(IPeopleDirectory people) : LifecyclePageModel
{
    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync() => People = await people.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
