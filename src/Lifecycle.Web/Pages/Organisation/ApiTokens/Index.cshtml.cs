using Lifecycle.Application.Api;

namespace Lifecycle.Web.Pages.Organisation.ApiTokens;

public sealed class IndexModel(Application.Api.ApiTokens tokens, TimeProvider clock) : LifecyclePageModel
{
    public const string NewTokenName = "NewApiTokenName";

    public const string NewTokenSecret = "NewApiTokenSecret";

    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    /// <summary>The token just made, shown once: its secret is nowhere else.</summary>
    public (string Name, string Secret)? JustMade { get; private set; }

    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Tokens = await tokens.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (TempData[NewTokenName] is string name && TempData[NewTokenSecret] is string secret)
        {
            JustMade = (name, secret);
            Response.Headers.CacheControl = "no-store";
        }
    }
}
