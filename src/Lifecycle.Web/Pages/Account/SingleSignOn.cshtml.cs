using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Security.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Pages.Account;

/// <summary>
/// "Sign in with your council account": sends the person to their organisation's provider, then signs
/// in the invited person the returned account belongs to, or says plainly why not.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimits.AddressPolicy)]
public sealed class SingleSignOnModel(SignInManager<Person> signIn, SingleSignOnPeople people, IOptions<SingleSignOnOptions> options, ILogger<SingleSignOnModel> logger) : PageModel
{
    private const string SchemeItem = "lifecycle-sso-scheme";
    private const string ReturnUrlItem = "lifecycle-return-url";

    public SingleSignOnProblem? Problem { get; private set; }

    public IActionResult OnGet(string? problem)
    {
        if (!Enum.TryParse<SingleSignOnProblem>(problem, ignoreCase: true, out var known))
        {
            return RedirectToPage("/Account/SignIn");
        }

        Problem = known;
        return Page();
    }

    public IActionResult OnPost(Guid organisation, string? returnUrl)
    {
        if (!options.Value.Covers(organisation))
        {
            return NotFound();
        }

        var scheme = SingleSignOnSchemes.For(organisation);
        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/Account/SingleSignOn", "Complete") };
        properties.Items[SchemeItem] = scheme;
        properties.Items[ReturnUrlItem] = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return Challenge(properties, scheme);
    }

    public async Task<IActionResult> OnGetCompleteAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var scheme = external.Properties?.Items.TryGetValue(SchemeItem, out var named) == true ? named : null;
        if (!external.Succeeded || SingleSignOnSchemes.OrganisationOf(scheme) is not { } organisation || !options.Value.Covers(organisation))
        {
            return RedirectToPage(new { problem = "failed" });
        }

        var (person, problem) = await people.FindAsync(organisation, scheme!, external.Principal);
        if (person is null)
        {
            logger.LogWarning("Single sign-on refused: {Problem}", problem);
            return RedirectToPage(new { problem = problem!.Value.ToString().ToLowerInvariant() });
        }

        await signIn.SignInAsync(person, isPersistent: false, authenticationMethod: SingleSignOnSchemes.AuthenticationMethod);
        var returnUrl = external.Properties!.Items.TryGetValue(ReturnUrlItem, out var back) && Url.IsLocalUrl(back) ? back : "/";
        return LocalRedirect(returnUrl!);
    }
}
