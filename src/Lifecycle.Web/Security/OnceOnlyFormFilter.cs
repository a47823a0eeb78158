using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Lifecycle.Web.Security;

/// <summary>
/// On pages that add a record (<see cref="IAddsARecord"/>), every form carries a one-time token
/// (<see cref="TagHelpers.OnceOnlyTokenTagHelper"/>) and a token's submission saves at most once: the same form sent
/// again, or eight times at once by an impatient double-click, is answered with where the first one went.
/// </summary>
public sealed class OnceOnlyFormFilter(OnceOnlyForms forms, ITempDataDictionaryFactory tempData) : IAsyncPageFilter
{
    public const string FieldName = "__OnceOnly";

    /// <summary>Set on requests to pages that add a record, so their forms are given a token.</summary>
    public static readonly object PageAddsARecord = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is not IAddsARecord)
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        http.Items[PageAddsARecord] = true;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType
            || (await http.Request.ReadFormAsync(http.RequestAborted))[FieldName] is not [{ Length: > 0 and <= 64 } token])
        {
            await next();
            return;
        }

        var key = $"{http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anyone"}|{http.Request.Path}|{token}";
        if (await forms.ClaimAsync(key, http.RequestAborted) is { } earlier)
        {
            if (earlier.Success is not null)
            {
                tempData.GetTempData(http)["Success"] = earlier.Success;
            }

            context.Result = new RedirectResult(earlier.Location);
            return;
        }

        var saved = false;
        try
        {
            var executed = await next();
            if (executed.Exception is null && RedirectLocation(executed) is { } location)
            {
                forms.Saved(key, new OnceOnlyForms.Answer(location, tempData.GetTempData(http)["Success"] as string));
                saved = true;
            }
        }
        finally
        {
            if (!saved)
            {
                forms.Released(key);
            }
        }
    }

    private static string? RedirectLocation(PageHandlerExecutedContext executed) => executed.Result switch
    {
        RedirectResult redirect => redirect.Url,
        LocalRedirectResult local => local.Url,
        RedirectToPageResult page => executed.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>()
            .GetUrlHelper(executed).Page(page.PageName, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
        _ => null,
    };
}
