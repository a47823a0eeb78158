using Lifecycle.Application.Notifications;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Pages.Account;

/// <summary>
/// "Forgotten your password?": emails a reset link. The answer is the same whether or not the address
/// has an account, and requests are throttled per address and per email, so it reveals nothing and
/// cannot be used to flood someone's inbox.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimits.AddressPolicy)]
public sealed class ForgotPasswordModel(
    UserManager<Person> users, IOutbox outbox, ILifecycleDbContext db, SignInThrottle throttle, IOptions<PublicAddress> publicAddress, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim() ?? string.Empty;
        if (email.Length == 0 || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), email.Length == 0 ? "Enter your email address" : "Enter an email address in the correct format, like name@council.gov.uk");
            return Page();
        }

        var key = "reset:" + email;
        if (!throttle.MustWait(key, null))
        {
            throttle.RecordFailure(key, null);
            await SendIfKnownAsync(email);
        }

        Sent = true;
        return Page();
    }

    private async Task SendIfKnownAsync(string email)
    {
        if (await users.FindByEmailAsync(email) is not { } person)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(person);
        outbox.Enqueue(PasswordResetEmail.For(person.Email!, person.DisplayName, publicAddress.Value.InvitationLink(person.Id, token, Request)));
        db.RecordOrganisationChange(person.OrganisationId, new RecordedChange("PasswordResetRequested", person.DisplayName, null, null,
            new Actor(person.Id, person.DisplayName), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}
