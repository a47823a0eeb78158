using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Lifecycle.Web.Forms;

/// <summary>A form property's <c>[Display(Name)]</c>, so a read-only summary uses the same words as the form's label.</summary>
public static class DisplayNames
{
    public static string Of<T>(string property) =>
        typeof(T).GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.Name ?? property;

    /// <summary>The named text properties of a form as label and value pairs, in the order given.</summary>
    public static IReadOnlyList<SavedText> Summary<T>(T input, params string[] properties) =>
        properties.Select(p => new SavedText(Of<T>(p), typeof(T).GetProperty(p)!.GetValue(input) as string)).ToList();
}
