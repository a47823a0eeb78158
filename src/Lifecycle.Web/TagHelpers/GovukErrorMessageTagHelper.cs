using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary><c>&lt;govuk-error-message for="Input.Name" /&gt;</c>: the field's first error, or nothing.</summary>
[HtmlTargetElement("govuk-error-message", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorMessageTagHelper : TagHelper
{
    public string For { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Components.RenderedFields.Record(ViewContext.HttpContext, For);
        var message = ViewContext.ModelState.FirstErrorFor(For);
        if (message is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(Components.FieldParts.ErrorMessage(ModelStateExtensions.FieldId(For) + "-error", message));
    }
}
