using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the page's errors (never the framework's beside them), each linking to its field
/// (errors with an empty key link nowhere). Renders nothing when the page is valid.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    public string Title { get; set; } = "There is a problem";

    /// <summary>Comma-separated field keys in page order; errors for listed keys come first, in that order.</summary>
    public string? FieldOrder { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => ModelStateExtensions.MessagesFor(e.Value!).Select(message => (e.Key, ErrorMessage: message)))
            .OrderBy(e => Position(e.Key))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var html = output.Content;
        html.AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">").Append(Title)
            .AppendHtml("</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            html.AppendHtml("<li>");
            if (key.Length > 0)
            {
                html.AppendHtml($"<a href=\"#{encoder.Encode(ModelStateExtensions.FieldId(key))}\">").Append(message).AppendHtml("</a>");
            }
            else
            {
                html.Append(message);
            }

            html.AppendHtml("</li>");
        }

        html.AppendHtml("</ul></div></div>");
    }

    private int Position(string key)
    {
        var order = FieldOrder?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        var index = Array.IndexOf(order, key);
        return index < 0 ? order.Length : index;
    }
}
