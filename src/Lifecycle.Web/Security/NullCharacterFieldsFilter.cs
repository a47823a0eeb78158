using Lifecycle.Web.Startup;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lifecycle.Web.Security;

/// <summary>Puts an error on each field that arrived with a null character, so the page shows the form again instead of saving.</summary>
internal sealed class NullCharacterFieldsFilter : IPageFilter
{
    public const string Message = "Remove the hidden character from this answer. It can come from copying text out of another program: retype the text, or paste it as plain text";

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HttpContext.Items[NullCharactersInForms.FieldsKey] is HashSet<string> fields)
        {
            foreach (var field in fields)
            {
                context.ModelState.AddModelError(field, Message);
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
