using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary>What the GOV.UK field components share: the model expression, label, hint and the view's model state.</summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The question or label; the property's <c>[Display(Name)]</c> when left out.</summary>
    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>A GOV.UK label or legend size, such as <c>s</c>, <c>m</c> or <c>l</c>.</summary>
    public string LabelSize { get; set; } = "s";

    /// <summary>When the label is the page's heading, it is wrapped in the h1.</summary>
    public bool LabelIsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string Key => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    private protected FieldParts Parts() => new(ViewContext, Key, Label, For.Metadata.DisplayName, Hint);

    /// <summary>What the person typed when the page comes back with errors, otherwise the model's value.</summary>
    protected string? Value() =>
        ViewContext.ModelState.TryGetValue(Key, out var entry) && entry.AttemptedValue is { } attempted
            ? attempted
            : Convert.ToString(For.Model, CultureInfo.InvariantCulture);

    private protected string LabelHtml(FieldParts parts)
    {
        var label = $"<label class=\"govuk-label govuk-label--{FieldParts.Encode(LabelSize)}\" for=\"{FieldParts.Encode(parts.Id)}\">{FieldParts.Encode(parts.Label)}</label>";
        return LabelIsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    private protected string LegendHtml(FieldParts parts)
    {
        var legendClass = $"govuk-fieldset__legend govuk-fieldset__legend--{FieldParts.Encode(LabelSize)}";
        return LabelIsPageHeading
            ? $"<legend class=\"{legendClass}\"><h1 class=\"govuk-fieldset__heading\">{FieldParts.Encode(parts.Label)}</h1></legend>"
            : $"<legend class=\"{legendClass}\">{FieldParts.Encode(parts.Label)}</legend>";
    }

    private protected static void AsFormGroup(TagHelperOutput output, FieldParts parts, string? extraClass = null)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", parts.FormGroupClass(extraClass));
    }
}
