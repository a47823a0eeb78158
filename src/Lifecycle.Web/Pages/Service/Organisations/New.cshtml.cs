using Lifecycle.Web.Setup;

namespace Lifecycle.Web.Pages.Service.Organisations;

/// <summary>A service administrator adds an organisation and its first administrator, who gets an invitation link.</summary>
public sealed class NewModel(OrganisationSetup setup, Links.SiteLinks links) : LifecyclePageModel, Security.IAddsARecord
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var result = await setup.SetUpAsync(new NewOrganisation(Input.Name!, Input.OnsCode, Input.AdminName!, Input.AdminEmail!), CurrentUser.Actor, HttpContext.RequestAborted);
        if (result.Status is SetupStatus.Refused or SetupStatus.Invalid)
        {
            ModelState.AddModelError(result.Status == SetupStatus.Invalid ? "Input.OnsCode" : "Input.Name", result.Message);
            return Page();
        }

        TempData["SetupMessage"] = result.Message;
        TempData["InvitationLink"] = result.InvitationLink;
        return Redirect(links.ServiceOrganisations());
    }

    public sealed class OrganisationInput
    {
        public string? Name { get; set; }

        public string? OnsCode { get; set; }

        public string? AdminName { get; set; }

        public string? AdminEmail { get; set; }
    }

    public sealed class OrganisationInputValidator : AbstractValidator<OrganisationInput>
    {
        public OrganisationInputValidator()
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the organisation's name")
                .MaximumLength(TextLimits.Name).WithMessage($"Name must be {TextLimits.Name} characters or fewer");
            RuleFor(x => x.AdminName).Cascade(CascadeMode.Stop).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the first administrator's full name")
                .MaximumLength(TextLimits.Name).WithMessage($"Full name must be {TextLimits.Name} characters or fewer");
            RuleFor(x => x.AdminEmail).Cascade(CascadeMode.Stop).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Enter the first administrator's work email address")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@council.gov.uk");
        }
    }
}
