using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary><c>&lt;a govuk-back-link asp-page="…"&gt;</c>: the GOV.UK back link; says "Back" when the view gives no words.</summary>
[HtmlTargetElement("a", Attributes = "govuk-back-link")]
public sealed class GovukBackLinkTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("govuk-back-link");
        output.AddClass("govuk-back-link", HtmlEncoder.Default);
        var content = await output.GetChildContentAsync();
        if (content.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
