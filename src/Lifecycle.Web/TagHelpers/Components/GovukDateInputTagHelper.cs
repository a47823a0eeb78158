using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary><c>&lt;govuk-date-input for="Input.HeldOn" /&gt;</c>: day, month and year boxes for a <see cref="DateInput"/> property.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Hint ??= "For example, 27 3 2026";
        var parts = Parts();
        var value = For.Model as DateInput ?? new DateInput();
        AsFormGroup(output, parts);
        var html = output.Content;
        html.AppendHtml($"<fieldset class=\"govuk-fieldset\" role=\"group\"{FieldParts.Attribute("aria-describedby", parts.DescribedBy)}>")
            .AppendHtml(LegendHtml(parts)).AppendHtml(parts.HintHtml()).AppendHtml(parts.ErrorHtml())
            .AppendHtml($"<div class=\"govuk-date-input\" id=\"{FieldParts.Encode(parts.Id)}-date\">");
        foreach (var (part, width, typed) in new[] { ("Day", 2, value.Day), ("Month", 2, value.Month), ("Year", 4, value.Year) })
        {
            // The day box takes the field's own id, so the error summary's link lands on it.
            var id = part == "Day" ? parts.Id : $"{parts.Id}_{part}";
            html.AppendHtml("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">")
                .AppendHtml($"<label class=\"govuk-label govuk-date-input__label\" for=\"{FieldParts.Encode(id)}\">{part}</label>")
                .AppendHtml($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(parts.HasError ? " govuk-input--error" : string.Empty)}\" id=\"{FieldParts.Encode(id)}\" name=\"{FieldParts.Encode(parts.Key)}.{part}\" type=\"text\" inputmode=\"numeric\"{FieldParts.Attribute("value", typed)} />")
                .AppendHtml("</div></div>");
        }

        html.AppendHtml("</div></fieldset>");
    }
}
