using Lifecycle.Web.Startup;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lifecycle.Web.Security;

/// <summary>
/// Puts an error on each field that arrived with a null character (taken out by <see cref="NullCharactersInForms"/>) or
/// any other hidden character (control characters, bidirectional overrides), naming the line, so the page shows the
/// form again instead of saving text that would break every page and export showing it.
/// </summary>
internal sealed class HiddenCharacterFieldsFilter : IPageFilter
{
    public const string Message = "Remove the hidden character from this answer. It can come from copying text out of another program: retype the text, or paste it as plain text";

    public static string MessageFor(int line) =>
        $"Line {line} of this answer has a hidden character. It can come from copying text out of another program: retype that line, or paste it as plain text";

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var flagged = context.HttpContext.Items[NullCharactersInForms.FieldsKey] as HashSet<string> ?? [];
        foreach (var field in flagged)
        {
            context.ModelState.AddModelError(field, Message);
        }

        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        foreach (var (key, values) in request.Form)
        {
            if (flagged.Contains(key))
            {
                continue;
            }

            if (values.Select(v => v is null ? null : HiddenCharacters.FirstLineWith(v)).FirstOrDefault(line => line is not null) is { } line)
            {
                context.ModelState.AddModelError(key, MessageFor(line));
            }
        }
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
