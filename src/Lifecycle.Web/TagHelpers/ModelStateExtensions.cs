using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lifecycle.Web.TagHelpers;

internal static class ModelStateExtensions
{
    public static string? FirstErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The id ASP.NET gives the input for a model expression; error links point at it.</summary>
    public static string FieldId(string key) => TagBuilder.CreateSanitizedId(key, "_");
}
