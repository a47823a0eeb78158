using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Security.SingleSignOn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInLimits.AddressPolicy)]
public sealed class SignInModel(SignInManager<Person> signIn, SignInThrottle throttle, KnownDevices devices, ILogger<SignInModel> logger,
    IOptions<SingleSignOnOptions> singleSignOn, Lifecycle.Application.Organisations.OrganisationDirectory organisations) : PageModel
{
    public const string WrongDetails = "Enter a correct email address and password.";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The organisations whose people can sign in with their council account, each with its own button.</summary>
    public IReadOnlyList<(Guid Id, string Name)> CouncilAccounts { get; private set; } = [];

    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var configured = singleSignOn.Value.ByOrganisation().Keys.ToList();
        if (configured.Count > 0)
        {
            CouncilAccounts = await organisations.NamedAsync(configured, HttpContext.RequestAborted);
        }

        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        var password = Input.Password;
        Input.Password = string.Empty;
        var device = devices.DeviceOf(HttpContext, email);
        switch (throttle.WaitFor(email, address, device))
        {
            case SignInWait.ThisPlace:
                logger.LogWarning("Sign-in refused: too many wrong passwords for one email from one place");
                ModelState.AddModelError("Input.Email", $"There have been too many attempts to sign in with this email address. Wait {throttle.WindowMinutes} minutes, then try again.");
                return Page();
            case SignInWait.NewBrowsers:
                logger.LogWarning("Sign-in refused: too many wrong passwords for one email from browsers it has not been used on");
                ModelState.AddModelError("Input.Email", "There have been too many attempts to sign in with this email address from browsers it has not been used on. " +
                    "Sign in on a computer you have used for Lifecycle before, or reset your password from \"Forgotten your password?\": you can then sign in on this one.");
                return Page();
        }

        // Wrong passwords are counted by the throttle, not by locking the account (which anyone could do to anyone).
        var result = await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            devices.Remember(HttpContext, email);
        }

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? $"/account/sign-in/two-factor?returnUrl={Uri.EscapeDataString(ReturnUrl)}" : "/account/sign-in/two-factor");
        }

        throttle.RecordFailure(email, address, device);
        ModelState.AddModelError("Input.Email", WrongDetails);
        return Page();
    }

    public sealed class SignInInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class SignInInputValidator : AbstractValidator<SignInInput>
    {
        public SignInInputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password")
                .MaximumLength(256).WithMessage("Password must be 256 characters or fewer");
        }
    }
}
