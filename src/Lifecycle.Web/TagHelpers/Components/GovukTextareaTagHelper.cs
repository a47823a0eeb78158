using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary>
/// <c>&lt;govuk-textarea for="Input.Summary" max-length="2000" /&gt;</c>: the GOV.UK textarea; with a maximum length it is a
/// character count, whose message is plain text without script and is counted live by GOV.UK Frontend's script when it runs.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public int? MaxLength { get; set; }

    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var parts = Parts();
        var counted = MaxLength is not null;
        var infoId = parts.Id + "-info";
        if (counted)
        {
            parts.DescribedAlsoBy(infoId);
        }

        AsFormGroup(output, parts, counted ? "govuk-character-count" : null);
        if (counted)
        {
            output.Attributes.SetAttribute("data-module", "govuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", MaxLength!.Value.ToString(CultureInfo.InvariantCulture));
        }

        var classes = string.Join(' ', new[] { "govuk-textarea", counted ? "govuk-js-character-count" : null, parts.HasError ? "govuk-textarea--error" : null }
            .Where(c => c is not null));
        var textarea = $"<textarea class=\"{classes}\" id=\"{FieldParts.Encode(parts.Id)}\" name=\"{FieldParts.Encode(parts.Key)}\" rows=\"{Rows.ToString(CultureInfo.InvariantCulture)}\""
            + FieldParts.Attribute("spellcheck", Spellcheck?.ToString().ToLowerInvariant())
            + FieldParts.Attribute("aria-describedby", parts.DescribedBy) + ">\n" // a browser drops one newline after the tag, so a value's own first newline survives
            + FieldParts.Encode(Value() ?? string.Empty) + "</textarea>";
        output.Content.AppendHtml(LabelHtml(parts)).AppendHtml(parts.HintHtml()).AppendHtml(parts.ErrorHtml()).AppendHtml(textarea);
        if (counted)
        {
            output.Content.AppendHtml($"<div id=\"{FieldParts.Encode(infoId)}\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {MaxLength!.Value.ToString("N0", CultureInfo.InvariantCulture)} characters</div>");
        }
    }
}
