using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Api;

/// <summary>
/// Errors from the API are problem documents (RFC 9457) in JSON, never the service's HTML error pages: a reporting
/// tool reads the status and the detail, and the detail says what to change.
/// </summary>
public static class ApiProblems
{
    private static readonly string[] NumberParameters = ["page", "pageSize"];

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, options: null, contentType: "application/problem+json",
            context.RequestAborted);
    }

    /// <summary>For requests to the API: an error with no body of its own gets a problem document, and the HTML status pages stand aside.</summary>
    public static void UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiRoutes.Root), api => api.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            // Answers about a council's projects are never kept by a browser or a proxy.
            context.Response.Headers.CacheControl = "no-store";
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException) when (!context.Response.HasStarted)
            {
                // A query value that is not a number of the right size (page=abc, pageSize=1e3, page=99999999999): the
                // framework throws in Development instead of answering 400, so both end here the same.
                context.Response.Clear();
                context.Response.Headers.CacheControl = "no-store";
                await WriteAsync(context, StatusCodes.Status400BadRequest, "The request could not be read", BadQuery(context.Request.Query));
                return;
            }
            catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                // Already logged by the request logging further in; the caller gets JSON, not the HTML error page.
                context.Response.Clear();
                context.Response.Headers.CacheControl = "no-store";
                await WriteAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong",
                    $"The service could not answer. Try again later; if it keeps happening, tell the people who run the service, quoting {context.TraceIdentifier}.");
                return;
            }

            if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null } response && string.IsNullOrEmpty(response.ContentType))
            {
                if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
                {
                    response.Headers.Allow = AllowedMethods;
                }

                var (title, detail) = Describe(context);
                await WriteAsync(context, response.StatusCode, title, detail);
            }
        }));

    /// <summary>What a 405 says the API does accept: it is read-only.</summary>
    public const string AllowedMethods = "GET, HEAD";

    private static (string Title, string Detail) Describe(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status400BadRequest => ("The request could not be read", BadQuery(context.Request.Query)),
        StatusCodes.Status404NotFound => ("Not found", $"There is nothing at {context.Request.Path}. The OpenAPI document at {ApiRoutes.Root}/openapi.json lists every address."),
        StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "The API is read-only: use GET."),
        _ => ("Request failed", "The request could not be completed."),
    };

    private static string BadQuery(IQueryCollection query)
    {
        var notNumbers = NumberParameters.Where(name => query.ContainsKey(name) && !int.TryParse(query[name], out _)).ToList();
        return notNumbers.Count > 0
            ? $"{string.Join(" and ", notNumbers)} must be a whole number."
            : "Check the address and query against the OpenAPI document.";
    }
}
