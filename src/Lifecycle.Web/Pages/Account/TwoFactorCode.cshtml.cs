using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Account;

/// <summary>
/// The second step of a password sign-in: a code from the authenticator app, or one of the recovery
/// codes. Wrong codes are throttled like wrong passwords, per person and address.
/// </summary>
[AllowAnonymous]
public sealed class TwoFactorCodeModel(SignInManager<Person> signIn, SignInThrottle throttle, ILogger<TwoFactorCodeModel> logger, Links.SiteLinks links) : PageModel
{
    [BindProperty]
    public TwoFactorCodeInput Input { get; set; } = new();

    [BindProperty]
    public bool RememberBrowser { get; set; }

    /// <summary>"app" (the default) or "recovery".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Using { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool WithRecoveryCode => Using == "recovery";

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(links.SignIn()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } person)
        {
            return Redirect(links.SignIn());
        }

        var key = "two-factor:" + person.Id;
        var address = HttpContext.Connection.RemoteIpAddress;
        Input.IsRecoveryCode = WithRecoveryCode;
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var code = Input.Normalised;

        if (throttle.MustWait(key, address))
        {
            logger.LogWarning("Two-factor sign-in refused: too many wrong codes");
            ModelState.AddModelError("Input.Code", $"There have been too many wrong codes. Wait {throttle.WindowMinutes} minutes, then try again.");
            return Page();
        }

        var result = WithRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: RememberBrowser);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        throttle.RecordFailure(key, address);
        ModelState.AddModelError("Input.Code", WithRecoveryCode
            ? "That recovery code is not right, or has been used. Each code works once"
            : "The code is not right, or has already been used. Check the time on your phone is correct, then enter the newest code");
        return Page();
    }
}
