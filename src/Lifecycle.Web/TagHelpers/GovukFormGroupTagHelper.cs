using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary><c>&lt;div govuk-group-for="Input.Name"&gt;</c>: a GOV.UK form group, marked as in error when its field is.</summary>
[HtmlTargetElement("div", Attributes = "govuk-group-for")]
public sealed class GovukFormGroupTagHelper : TagHelper
{
    [HtmlAttributeName("govuk-group-for")]
    public string Key { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Components.RenderedFields.Record(ViewContext.HttpContext, Key);
        output.AddClass("govuk-form-group", System.Text.Encodings.Web.HtmlEncoder.Default);
        if (ViewContext.ModelState.FirstErrorFor(Key) is not null)
        {
            output.AddClass("govuk-form-group--error", System.Text.Encodings.Web.HtmlEncoder.Default);
        }
    }
}
