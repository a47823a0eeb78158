using System.Security.Cryptography;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary>Gives every post form on a page that adds a record a fresh one-time token (see <see cref="OnceOnlyFormFilter"/>).</summary>
[HtmlTargetElement("form", Attributes = "[method=post]")]
public sealed class OnceOnlyTokenTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.HttpContext.Items.ContainsKey(OnceOnlyFormFilter.PageAddsARecord))
        {
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{OnceOnlyFormFilter.FieldName}\" value=\"{token}\" />");
        }
    }
}
