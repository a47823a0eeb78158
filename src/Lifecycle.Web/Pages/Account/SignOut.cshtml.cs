using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<Person> signIn, Links.SiteLinks links) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>
    /// Changing the security stamp makes every copy of the session cookie worthless at once (the stamp
    /// is checked on each request), so a cookie copied before sign-out cannot be replayed.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } person)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(person);
        }

        await signIn.SignOutAsync();
        return Redirect(links.SignIn());
    }
}
