using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary>
/// Adds the GOV.UK error modifier to an input, textarea or select whose field has an error,
/// and points aria-describedby at its hint and error message.
/// </summary>
[HtmlTargetElement("input", Attributes = "govuk-field")]
[HtmlTargetElement("textarea", Attributes = "govuk-field")]
[HtmlTargetElement("select", Attributes = "govuk-field")]
public sealed class GovukFieldErrorTagHelper : TagHelper
{
    /// <summary>The model key of the field, such as "Input.Note".</summary>
    [HtmlAttributeName("govuk-field")]
    public string Key { get; set; } = string.Empty;

    /// <summary>Id of the field's hint, if it has one.</summary>
    [HtmlAttributeName("govuk-hint-id")]
    public string? HintId { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // Run after asp-for has written id, name and value.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Components.RenderedFields.Record(ViewContext.HttpContext, Key);
        var describedBy = new List<string>();
        if (!string.IsNullOrEmpty(HintId))
        {
            describedBy.Add(HintId);
        }

        if (ViewContext.ModelState.FirstErrorFor(Key) is not null)
        {
            var modifier = output.TagName switch
            {
                "textarea" => "govuk-textarea--error",
                "select" => "govuk-select--error",
                _ => "govuk-input--error",
            };
            if (output.Attributes["type"]?.Value?.ToString() is not ("radio" or "checkbox"))
            {
                output.AddClass(modifier, HtmlEncoder.Default);
            }

            describedBy.Add(ModelStateExtensions.FieldId(Key) + "-error");
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }
    }
}
