using System.Text.Encodings.Web;
using Lifecycle.Web.TagHelpers.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the page's errors (never the framework's beside them), each linking to its field
/// (errors about the page, or a field not drawn, link nowhere), in the order the fields appear on the page. Renders nothing when the page is valid.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    public string Title { get; set; } = "There is a problem";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => ModelStateExtensions.MessagesFor(e.Value!).Select(message => (e.Key, Message: message)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">").Append(Title)
            .AppendHtml("</h2><div class=\"govuk-error-summary__body\">")
            .AppendHtml(new ErrorList(errors, ViewContext.HttpContext))
            .AppendHtml("</div></div>");
    }

    /// <summary>
    /// The summary sits above the fields, so it is written out only once the whole page has rendered
    /// (Razor buffers the page), when every field has said where it is.
    /// </summary>
    private sealed class ErrorList(IReadOnlyList<(string Key, string Message)> errors, HttpContext httpContext) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var rendered = RenderedFields.In(httpContext).ToList();
            writer.Write("<ul class=\"govuk-list govuk-error-summary__list\">");
            foreach (var (key, message) in errors.OrderBy(e => Position(rendered, e.Key)))
            {
                writer.Write("<li>");
                // A field the page did not draw (a form hidden once the project is read-only) has nothing to link to.
                if (rendered.Contains(key))
                {
                    writer.Write($"<a href=\"#{encoder.Encode(ModelStateExtensions.FieldId(key))}\">{encoder.Encode(message)}</a>");
                }
                else
                {
                    writer.Write(encoder.Encode(message));
                }

                writer.Write("</li>");
            }

            writer.Write("</ul>");
        }

        /// <summary>Fields in page order; errors about the page as a whole, or a field not drawn, after them.</summary>
        private static int Position(List<string> rendered, string key)
        {
            var index = rendered.IndexOf(key);
            return index < 0 ? rendered.Count : index;
        }
    }
}
