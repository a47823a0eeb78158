using System.Globalization;
using Lifecycle.Domain.Organisations;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Pages.Organisation.ApiTokens;

public sealed class NewModel(Application.Api.ApiTokens tokens, Links.SiteLinks links) : LifecyclePageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public static IReadOnlyList<ChoiceItem> Lifetimes { get; } = ApiToken.LifetimesInDays
        .Select(days => new ChoiceItem(days.ToString(CultureInfo.InvariantCulture), days == 365 ? "1 year" : $"{days} days"))
        .ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        var made = await tokens.CreateAsync(CurrentUser.OrganisationId, Input.Name!, int.Parse(Input.Lifetime!, CultureInfo.InvariantCulture), CurrentUser.Actor,
            HttpContext.RequestAborted);
        if (made.Error is { } error)
        {
            ModelState.AddModelError("Input.Name", error);
            return Page();
        }

        TempData[IndexModel.NewTokenName] = made.Token!.Name;
        TempData[IndexModel.NewTokenSecret] = made.Secret;
        return Redirect(links.ApiTokens());
    }

    public sealed class TokenInput
    {
        public string? Name { get; set; }

        public string? Lifetime { get; set; }
    }

    public sealed class TokenInputValidator : AbstractValidator<TokenInput>
    {
        public TokenInputValidator()
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter a name that says which tool or report will use the token")
                .Must(n => n!.Trim().Length <= ApiToken.NameLength).WithMessage($"Name must be {ApiToken.NameLength} characters or fewer")
                .Must(n => !n!.Any(char.IsControl)).WithMessage("Name must be a single line of text");
            RuleFor(x => x.Lifetime).Must(l => Lifetimes.Any(c => c.Value == l)).WithMessage("Select how long the token should last");
        }
    }
}
