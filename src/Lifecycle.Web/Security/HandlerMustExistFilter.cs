using Microsoft.AspNetCore.Mvc.Filters;

namespace Lifecycle.Web.Security;

/// <summary>
/// A request that matches no handler on a page is refused, instead of rendering the page with none of
/// its data loaded: an unknown named handler is 404, and a POST (or any method but GET and HEAD) to a
/// page with no handler for it is 405 with the methods it does accept.
/// </summary>
public sealed class HandlerMustExistFilter : IAsyncPageFilter
{
    private const string HandlerKey = "handler";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is not null)
        {
            await next();
            return;
        }

        var request = context.HttpContext.Request;
        if (request.Query.ContainsKey(HandlerKey) || context.RouteData.Values.ContainsKey(HandlerKey))
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            var allowed = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Distinct(StringComparer.Ordinal);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
