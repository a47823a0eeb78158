using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary>Radios and checkboxes: a fieldset whose legend is the question, one input per item, item hints, and the error.</summary>
public abstract class GovukChoicesTagHelper : GovukFieldTagHelper
{
    public IEnumerable<ChoiceItem> Items { get; set; } = [];

    /// <summary>Side by side, for two short answers such as yes and no.</summary>
    public bool Inline { get; set; }

    private protected abstract string Kind { get; }

    /// <summary>One answer for radios, any number for checkboxes: either way an item is chosen when its value is among the current ones.</summary>
    private bool IsChosen(string value) => CurrentValues().Contains(value, StringComparer.Ordinal);

    /// <summary>Anything written between the tags (a note about answers decided elsewhere) comes after the items, inside the fieldset.</summary>
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var after = await output.GetChildContentAsync();
        var parts = Parts();
        AsFormGroup(output, parts);
        var html = output.Content;
        html.AppendHtml($"<fieldset class=\"govuk-fieldset\"{FieldParts.Attribute("aria-describedby", parts.DescribedBy)}>")
            .AppendHtml(LegendHtml(parts)).AppendHtml(parts.HintHtml()).AppendHtml(parts.ErrorHtml())
            .AppendHtml($"<div class=\"govuk-{Kind}{(Inline ? $" govuk-{Kind}--inline" : string.Empty)}\" data-module=\"govuk-{Kind}\">");
        var number = 0;
        foreach (var item in Items)
        {
            number++;
            // The first item takes the field's own id, so the error summary's link lands on it (the GOV.UK convention).
            var id = number == 1 ? parts.Id : $"{parts.Id}-{number.ToString(CultureInfo.InvariantCulture)}";
            var hintId = item.Hint is null ? null : id + "-item-hint";
            html.AppendHtml($"<div class=\"govuk-{Kind}__item\">")
                .AppendHtml($"<input class=\"govuk-{Kind}__input\" id=\"{FieldParts.Encode(id)}\" name=\"{FieldParts.Encode(parts.Key)}\" type=\"{InputType}\" value=\"{FieldParts.Encode(item.Value)}\""
                    + (IsChosen(item.Value) ? " checked" : string.Empty) + FieldParts.Attribute("aria-describedby", hintId) + " />")
                .AppendHtml($"<label class=\"govuk-label govuk-{Kind}__label\" for=\"{FieldParts.Encode(id)}\">{FieldParts.Encode(item.Text)}</label>");
            if (hintId is not null)
            {
                html.AppendHtml($"<div id=\"{FieldParts.Encode(hintId)}\" class=\"govuk-hint govuk-{Kind}__hint\">{FieldParts.Encode(item.Hint!)}</div>");
            }

            html.AppendHtml("</div>");
        }

        html.AppendHtml("</div>").AppendHtml((IHtmlContent)after).AppendHtml("</fieldset>");
    }

    private string InputType => Kind == "radios" ? "radio" : "checkbox";

    /// <summary>Posted values when the page comes back with errors, otherwise the model's.</summary>
    private IReadOnlyList<string> CurrentValues()
    {
        if (ViewContext.ModelState.TryGetValue(Key, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string one => [one],
                string[] many => many,
                _ => [Convert.ToString(entry.RawValue, CultureInfo.InvariantCulture) ?? string.Empty],
            };
        }

        return For.Model switch
        {
            null => [],
            string one => [one],
            System.Collections.IEnumerable many => many.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToList(),
            var one => [Convert.ToString(one, CultureInfo.InvariantCulture) ?? string.Empty],
        };
    }
}

/// <summary><c>&lt;govuk-radios for="Input.Kind" items="…" /&gt;</c>: one answer from a list.</summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovukRadiosTagHelper : GovukChoicesTagHelper
{
    private protected override string Kind => "radios";
}

/// <summary><c>&lt;govuk-checkboxes for="Input.Characteristics" items="…" /&gt;</c>: any number of answers from a list.</summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovukCheckboxesTagHelper : GovukChoicesTagHelper
{
    private protected override string Kind => "checkboxes";
}
