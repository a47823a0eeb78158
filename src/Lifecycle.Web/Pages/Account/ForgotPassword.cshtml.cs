using Lifecycle.Application.Notifications;
using Lifecycle.Infrastructure.Email;
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
/// has an account, and takes at least <see cref="ShortestAnswer"/> either way, and requests are throttled
/// per address and per email, so it reveals nothing and cannot be used to flood someone's inbox. Where
/// email is not set up, it says so and whom to ask instead.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimits.AddressPolicy)]
public sealed class ForgotPasswordModel(
    UserManager<Person> users, IOutbox outbox, Lifecycle.Application.Organisations.AccountEvents events, SignInThrottle throttle, IOptions<PublicAddress> publicAddress,
    IOptions<EmailOptions> email, IHostEnvironment environment) : PageModel
{
    /// <summary>Longer than finding a person and queueing their email takes, so the two answers cannot be told apart by time.</summary>
    public static readonly TimeSpan ShortestAnswer = TimeSpan.FromMilliseconds(400);

    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    /// <summary>False where no email transport is configured (the default outside Development): no link could be sent.</summary>
    public bool EmailIsSetUp => email.Value.SendsEmail(environment.IsDevelopment());

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!EmailIsSetUp || !await this.ValidateAsync(Input))
        {
            return Page();
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var address = Input.Address;
        var key = "reset:" + address;
        if (!throttle.MustWait(key, null))
        {
            throttle.RecordFailure(key, null);
            await SendIfKnownAsync(address);
        }

        // Real time, not the app's clock: this is about what an observer can measure. A delay can end up to a
        // millisecond early (it counts whole milliseconds), so wait again until the time has really passed.
        while (ShortestAnswer - started.Elapsed is { Ticks: > 0 } remaining)
        {
            await Task.Delay(remaining + TimeSpan.FromMilliseconds(1), HttpContext.RequestAborted);
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
        await events.RecordAsync(person.OrganisationId, "PasswordResetRequested", new Actor(person.Id, person.DisplayName), HttpContext.RequestAborted);
    }
}
