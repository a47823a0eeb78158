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
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var email = Input.Address;
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
