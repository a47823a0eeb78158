using Lifecycle.Application.Organisations;

namespace Lifecycle.Web.Pages.Organisation.Settings;

/// <summary>The administrator chooses the organisation's part of its published tools' addresses, until the first is published.</summary>
public sealed class PublicAddressModel(OrganisationSettings settings) : LifecyclePageModel
{
    [BindProperty]
    public AddressInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public SettingsView Current { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Current = await settings.ReadAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        (Input.Address, Version) = (Current.PublicAddress, Current.Version);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Current = await settings.ReadAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        try
        {
            await settings.ChangePublicAddressAsync(CurrentUser.OrganisationId, Input.Address!, Version, CurrentUser.Actor, HttpContext.RequestAborted);
        }
        catch (BusinessRuleViolationException refused)
        {
            ModelState.AddRuleViolations(refused, "Input.Address");
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("Input.Address", ConcurrencyMessage.Text);
            ModelState.Remove(nameof(Version));
            Version = Current.Version;
            return Page();
        }

        TempData["Success"] = "Public address saved.";
        return RedirectToPage("/Organisation/Settings/Index");
    }

    public sealed class AddressInput
    {
        public string? Address { get; set; }
    }

    public sealed class AddressInputValidator : AbstractValidator<AddressInput>
    {
        public AddressInputValidator()
        {
            RuleFor(x => x.Address).Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Enter the public address, like north-borough-council");
        }
    }
}
