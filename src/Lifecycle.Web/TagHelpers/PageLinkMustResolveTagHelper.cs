using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary>
/// Links are addressed by page name (<c>asp-page</c>). ASP.NET Core quietly renders an empty href when the
/// name or its route values do not match a page; here that stops the page instead, so a renamed or moved
/// page is an error the tests see, never a dead link a user finds.
/// </summary>
[HtmlTargetElement("a", Attributes = "asp-page")]
public sealed class PageLinkMustResolveTagHelper : TagHelper
{
    // After the framework's anchor tag helper (order 0) has written the href.
    public override int Order => 1000;

    [HtmlAttributeName("asp-page")]
    public string? Page { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["href"]?.Value?.ToString() is not { Length: > 0 })
        {
            throw new InvalidOperationException($"The link to page {Page} does not resolve: check the page name and its route values (asp-route-*).");
        }
    }
}
