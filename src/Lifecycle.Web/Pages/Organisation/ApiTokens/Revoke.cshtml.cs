using Lifecycle.Application.Api;

namespace Lifecycle.Web.Pages.Organisation.ApiTokens;

public sealed class RevokeModel(Application.Api.ApiTokens tokens, TimeProvider clock, Links.SiteLinks links) : LifecyclePageModel
{
    [FromRoute]
    public Guid TokenId { get; set; }

    public ApiTokenView Token { get; private set; } = null!;

    public ApiTokenState State { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        try
        {
            await tokens.RevokeAsync(CurrentUser.OrganisationId, TokenId, CurrentUser.Actor, HttpContext.RequestAborted);
        }
        catch (BusinessRuleViolationException violation)
        {
            ModelState.AddRuleViolations(violation);
            return Page();
        }

        TempData["Success"] = $"The token “{Token.Name}” has been revoked. Anything that used it can no longer read the API.";
        return Redirect(links.ApiTokens());
    }

    private async Task LoadAsync()
    {
        Token = await tokens.FindAsync(CurrentUser.OrganisationId, TokenId, HttpContext.RequestAborted);
        State = Token.StateAt(clock.GetUtcNow().UtcDateTime);
    }
}
