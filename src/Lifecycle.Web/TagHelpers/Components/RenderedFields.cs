using Microsoft.AspNetCore.Http;

namespace Lifecycle.Web.TagHelpers.Components;

/// <summary>The fields a page rendered, in order, so the error summary can list errors as a person meets them on the page.</summary>
internal static class RenderedFields
{
    private static readonly object Key = new();

    public static void Record(HttpContext context, string field)
    {
        if (context.Items[Key] is not List<string> fields)
        {
            context.Items[Key] = fields = [];
        }

        if (!fields.Contains(field, StringComparer.Ordinal))
        {
            fields.Add(field);
        }
    }

    public static IReadOnlyList<string> In(HttpContext context) => context.Items[Key] as List<string> ?? [];
}
