using Lifecycle.Infrastructure;
using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Account;

/// <summary>A person added by their administrator sets their own password from the invitation link.</summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(PeopleAdministration people, UserManager<Person> users, Security.KnownDevices devices, Links.SiteLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public IActionResult OnGet() => Person == Guid.Empty || string.IsNullOrEmpty(Token) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var errors = await people.AcceptInvitationAsync(Person, Token, Input.Password);
        foreach (var error in errors)
        {
            ModelState.AddModelError("Input.Password", error);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        // The link came to the person's email, so this browser is theirs: a stranger's guessing elsewhere cannot keep them out of it.
        if (await users.FindByIdAsync(Person.ToString()) is { Email: { } email })
        {
            devices.Remember(HttpContext, email);
        }

        return Redirect(links.SignIn());
    }

    public sealed class PasswordInput
    {
        public string Password { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class PasswordInputValidator : AbstractValidator<PasswordInput>
    {
        public PasswordInputValidator()
        {
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter a password")
                .MinimumLength(DependencyInjection.MinimumPasswordLength).WithMessage($"Password must be at least {DependencyInjection.MinimumPasswordLength} characters")
                .MaximumLength(256).WithMessage("Password must be 256 characters or fewer");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The passwords do not match");
        }
    }
}
