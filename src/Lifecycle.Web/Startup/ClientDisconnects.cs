namespace Lifecycle.Web.Startup;

/// <summary>
/// A person who closes the tab or loses their connection mid-request is not a fault of the service:
/// the work is cancelled, the request is logged as 499 (client closed request) at Information, and
/// no error or 500 is recorded.
/// </summary>
internal sealed class ClientDisconnects(RequestDelegate next, ILogger<ClientDisconnects> logger)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            logger.LogInformation("The client closed the connection before {Method} {Path} finished", context.Request.Method, context.Request.Path);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    }
}
