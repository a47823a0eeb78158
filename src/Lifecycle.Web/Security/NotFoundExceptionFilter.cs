using Microsoft.AspNetCore.Mvc.Filters;

namespace Lifecycle.Web.Security;

/// <summary>A use case that cannot find what a request names (a person, a record) answers 404, not 500.</summary>
public sealed class NotFoundExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is NotFoundException && !executed.ExceptionHandled)
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
    }
}
