using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary>
/// What every GOV.UK form component works out from its field the same way: the id error links point at,
/// its label (from <c>[Display]</c> when the view gives none), its error, and which hint, count and error
/// describe it. <c>aria-describedby</c> is written only when something describes the field.
/// </summary>
internal sealed class FieldParts
{
    private readonly List<string> _describedBy = [];

    public FieldParts(ViewContext viewContext, string key, string? label, string? displayName, string? hint)
    {
        Key = key;
        Id = ModelStateExtensions.FieldId(key);
        // Razor turns a null written into a string attribute into "", so empty means "not given".
        Label = NullIfEmpty(label) ?? displayName ?? key;
        Hint = NullIfEmpty(hint);
        Error = viewContext.ModelState.FirstErrorFor(key);
        RenderedFields.Record(viewContext.HttpContext, key);
        if (Hint is not null)
        {
            _describedBy.Add(HintId);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public string Key { get; }

    public string Id { get; }

    public string Label { get; }

    public string? Hint { get; }

    public string? Error { get; }

    public bool HasError => Error is not null;

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    /// <summary>Adds another element (a character count's message) that describes the field, before the error.</summary>
    public void DescribedAlsoBy(string id) => _describedBy.Add(id);

    public string? DescribedBy => HasError ? string.Join(' ', _describedBy.Append(ErrorId)) : _describedBy.Count > 0 ? string.Join(' ', _describedBy) : null;

    public string FormGroupClass(string? extra = null) =>
        string.Join(' ', new[] { "govuk-form-group", extra, HasError ? "govuk-form-group--error" : null }.Where(c => c is not null));

    public IHtmlContent HintHtml() => Hint is null
        ? HtmlString.Empty
        : new HtmlString($"<div id=\"{Encode(HintId)}\" class=\"govuk-hint\">{Encode(Hint)}</div>");

    public IHtmlContent ErrorHtml() => Error is null ? HtmlString.Empty : ErrorMessage(ErrorId, Error);

    /// <summary>The GOV.UK error message: the one markup for it, used by every field and by &lt;govuk-error-message&gt;.</summary>
    public static IHtmlContent ErrorMessage(string id, string message) =>
        new HtmlString($"<p id=\"{Encode(id)}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(message)}</p>");

    public static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    /// <summary>An attribute only when it has a value, so no element carries an empty one.</summary>
    public static string Attribute(string name, string? value) => value is null ? string.Empty : $" {name}=\"{Encode(value)}\"";
}
