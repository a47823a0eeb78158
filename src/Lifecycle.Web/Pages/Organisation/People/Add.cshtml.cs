using Lifecycle.Application.Notifications;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Pages.Organisation.People;

public sealed class AddModel(
    PeopleAdministration administration, IOptions<PublicAddress> publicAddress, IOutbox outbox, Lifecycle.Application.Organisations.OrganisationDirectory organisations, Lifecycle.Application.Organisations.AccountEvents events, Links.SiteLinks links) : LifecyclePageModel, Security.IAddsARecord
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var result = await administration.AddAsync(CurrentUser.OrganisationId,
            new NewPerson(Input.DisplayName, Input.Email, Input.JobTitle, Input.IsAdministrator == "yes"), CurrentUser.Actor);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Email", error);
            }

            return Page();
        }

        var link = publicAddress.Value.InvitationLink(result.PersonId!.Value, result.InvitationToken!, Request);
        var organisation = await organisations.NameOfAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        outbox.Enqueue(InvitationEmail.For(Input.Email.Trim(), Input.DisplayName.Trim(), organisation, link));
        await events.SendQueuedAsync(HttpContext.RequestAborted);

        TempData["InvitationFor"] = Input.DisplayName.Trim();
        TempData["InvitationLink"] = link;
        return Redirect(links.People());
    }

    public sealed class PersonInput
    {
        public string DisplayName { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string? JobTitle { get; set; }

        public string? IsAdministrator { get; set; }
    }

    public sealed class PersonInputValidator : AbstractValidator<PersonInput>
    {
        public PersonInputValidator()
        {
            RuleFor(x => x.DisplayName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the person's full name")
                .MaximumLength(TextLimits.Name).WithMessage($"Full name must be {TextLimits.Name} characters or fewer");
            RuleFor(x => x.Email).Cascade(CascadeMode.Stop).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Enter the person's work email address")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@council.gov.uk");
            RuleFor(x => x.JobTitle).MaximumLength(TextLimits.Name).WithMessage($"Job title must be {TextLimits.Name} characters or fewer");
            RuleFor(x => x.IsAdministrator).Must(a => a is "yes" or "no").WithMessage("Select whether they will be an organisation administrator");
        }
    }
}
