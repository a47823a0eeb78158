using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary><c>&lt;govuk-input for="Input.Name" hint="…" width="20" /&gt;</c>: the GOV.UK text input with its label, hint and error.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK fixed width (2, 3, 4, 5, 10, 20, 30) or fluid width (full, three-quarters, two-thirds, one-half, one-third, one-quarter).</summary>
    public string? Width { get; set; }

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var parts = Parts();
        AsFormGroup(output, parts);
        var classes = string.Join(' ', new[]
        {
            "govuk-input",
            Width is null ? null : char.IsDigit(Width[0]) ? $"govuk-input--width-{Width}" : $"govuk-!-width-{Width}",
            parts.HasError ? "govuk-input--error" : null,
        }.Where(c => c is not null));
        var input = $"<input class=\"{classes}\" id=\"{FieldParts.Encode(parts.Id)}\" name=\"{FieldParts.Encode(parts.Key)}\" type=\"{FieldParts.Encode(Type)}\""
            + FieldParts.Attribute("value", Value())
            + FieldParts.Attribute("autocomplete", Autocomplete)
            + FieldParts.Attribute("inputmode", Inputmode)
            + FieldParts.Attribute("spellcheck", Spellcheck?.ToString().ToLowerInvariant())
            + FieldParts.Attribute("aria-describedby", parts.DescribedBy) + " />";
        output.Content.AppendHtml(LabelHtml(parts)).AppendHtml(parts.HintHtml()).AppendHtml(parts.ErrorHtml()).AppendHtml(input);
    }
}
