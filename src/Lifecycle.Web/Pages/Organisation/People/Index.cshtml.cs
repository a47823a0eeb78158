using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Web.Pages.Organisation.People;

public sealed class IndexModel(IPeopleDirectory people, PeopleAdministration administration, Links.SiteLinks links) : LifecyclePageModel
{
    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync() => People = await people.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);

    /// <summary>Turns off a person's two-factor authentication so they can set it up again (audited).</summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(Guid personId)
    {
        var refusal = await administration.ResetTwoFactorAsync(CurrentUser.OrganisationId, personId, CurrentUser.Actor);
        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
            await OnGetAsync();
            return Page();
        }

        var person = await people.FindAsync(CurrentUser.OrganisationId, personId, HttpContext.RequestAborted);
        TempData["Success"] = $"Two-factor authentication is reset for {person?.DisplayName}. They will set it up again the next time they sign in.";
        return Redirect(links.People());
    }
}
