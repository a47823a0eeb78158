using FluentValidation;
using Lifecycle.Application.Organisations;
using Lifecycle.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Organisation.Settings;

public sealed class IndexModel(OrganisationSettings settings, IValidator<IndexModel.MarkingInput> validator) : LifecyclePageModel
{
    [BindProperty]
    public MarkingInput Input { get; set; } = new();

    public async Task OnGetAsync() =>
        Input.SecurityMarking = await settings.SecurityMarkingAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState, nameof(Input), HttpContext.RequestAborted))
        {
            return Page();
        }

        await settings.ChangeSecurityMarkingAsync(CurrentUser.OrganisationId, Input.SecurityMarking!, CurrentUser.Actor, HttpContext.RequestAborted);
        TempData["Success"] = "Security marking saved. Documents exported from now on carry it on every page.";
        return Redirect("/organisation/settings");
    }

    public sealed class MarkingInput
    {
        public string? SecurityMarking { get; set; }
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
        }
    }
}
