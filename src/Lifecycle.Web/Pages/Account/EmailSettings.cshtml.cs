using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Account;

/// <summary>A person turns emails about their projects on or off. Security emails cannot be turned off.</summary>
public sealed class EmailSettingsModel(UserManager<Person> users, Lifecycle.Application.Organisations.AccountEvents events) : PageModel
{
    [BindProperty]
    public EmailSettingsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        Input.ProjectEmails = person.WantsProjectEmails ? "yes" : "no";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var wanted = Input.Wanted;
        if (person.WantsProjectEmails != wanted)
        {
            person.WantsProjectEmails = wanted;
            await events.RecordAsync(person.OrganisationId, "EmailSettingsChanged", new Actor(person.Id, person.DisplayName), HttpContext.RequestAborted,
                Snapshot.Of(new { ProjectEmails = !wanted }), Snapshot.Of(new { ProjectEmails = wanted }));
        }

        TempData["Success"] = wanted
            ? "Saved. You will get emails about your projects."
            : "Saved. You will not get emails about your projects. You will still get security emails, such as password resets.";
        return RedirectToPage();
    }
}
