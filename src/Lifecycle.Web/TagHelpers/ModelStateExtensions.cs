using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lifecycle.Web.TagHelpers;

internal static class ModelStateExtensions
{
    public static string? FirstErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? MessageFor(entry) : null;

    /// <summary>
    /// The one message a field shows: the page's own, when it added one, rather than the framework's
    /// note that the posted value could not be read.
    /// </summary>
    public static string? MessageFor(ModelStateEntry entry) => MessagesFor(entry) is [var first, ..] ? first : null;

    /// <summary>Every message the page itself gave a field (an upload may have one per bad line); the framework's only when the page gave none.</summary>
    public static IReadOnlyList<string> MessagesFor(ModelStateEntry entry)
    {
        var all = entry.Errors.Select(e => e.ErrorMessage).ToList();
        var own = all.Where(m => !Forms.BindingMessages.IsBindingMessage(m)).ToList();
        return own.Count > 0 ? own : all.Take(1).ToList();
    }

    /// <summary>The id ASP.NET gives the input for a model expression; error links point at it.</summary>
    public static string FieldId(string key) => TagBuilder.CreateSanitizedId(key, "_");
}
