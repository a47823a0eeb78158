using Lifecycle.Application.Organisations;
using Lifecycle.Web.Security.SingleSignOn;
using Lifecycle.Web.Startup;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Pages.Organisation.Settings;

public sealed class IndexModel(OrganisationSettings settings, IOptions<PublicAddress> publicAddress, IOptions<SingleSignOnOptions> singleSignOn, Links.SiteLinks links) : LifecyclePageModel
{
    [BindProperty]
    public MarkingInput Input { get; set; } = new();

    /// <summary>The version of the settings the administrator was looking at; another administrator's save in between is not overwritten.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public string PublicAddress { get; private set; } = string.Empty;

    public bool AnyToolPublished { get; private set; }

    /// <summary>The organisation's id as settings name it (no hyphens), e.g. SingleSignOn__Organisations__{id}__Authority.</summary>
    public string SettingsId => CurrentUser.OrganisationId.ToString("N");

    /// <summary>The address to register with the council's single sign-on provider as where it sends people back.</summary>
    public string RedirectUri => publicAddress.Value.LinkTo(SingleSignOnSchemes.CallbackPath(CurrentUser.OrganisationId), Request);

    public bool HasSingleSignOn => singleSignOn.Value.Covers(CurrentUser.OrganisationId);

    public async Task OnGetAsync()
    {
        var current = await settings.ReadAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        (Input.SecurityMarking, Input.RequireTwoFactor, Version) = (current.SecurityMarking, current.RequireTwoFactor ? "yes" : "no", current.Version);
        (PublicAddress, AnyToolPublished) = (current.PublicAddress, current.AnyToolPublished);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var shown = await settings.ReadAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        (PublicAddress, AnyToolPublished) = (shown.PublicAddress, shown.AnyToolPublished);
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        try
        {
            await settings.SaveAsync(CurrentUser.OrganisationId, Input.SecurityMarking!, Input.RequireTwoFactor == "yes", Version, CurrentUser.Actor, HttpContext.RequestAborted);
        }
        catch (ConcurrencyConflictException)
        {
            var latest = await settings.ReadAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
            ModelState.AddModelError("Input.SecurityMarking", ConcurrencyMessage.ForSettings(latest.SecurityMarking));
            ModelState.Remove(nameof(Version));
            Version = latest.Version;
            return Page();
        }

        TempData["Success"] = "Settings saved. Documents exported from now on carry the security marking on every page.";
        return Redirect(links.Settings());
    }

    public sealed class MarkingInput
    {
        public string? SecurityMarking { get; set; }

        /// <summary>"yes" or "no".</summary>
        public string? RequireTwoFactor { get; set; }
    }

    public sealed class MarkingInputValidator : AbstractValidator<MarkingInput>
    {
        public MarkingInputValidator()
        {
            RuleFor(x => x.SecurityMarking).Cascade(CascadeMode.Stop)
                .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Enter the security marking, like OFFICIAL-SENSITIVE")
                .MaximumLength(Domain.Organisations.Organisation.SecurityMarkingLength)
                .WithMessage($"Security marking must be {Domain.Organisations.Organisation.SecurityMarkingLength} characters or fewer")
                .Must(m => !m!.Any(char.IsControl)).WithMessage("Security marking must be a single line of text");
            RuleFor(x => x.RequireTwoFactor).Must(r => r is "yes" or "no").WithMessage("Select whether people who sign in with a password must use two-factor authentication");
        }
    }
}
