using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lifecycle.Web.Startup;

/// <summary>
/// /health answers everyone with each check's status; only a signed-in person also sees the
/// descriptions, which can name file paths and versions an attacker would like to know.
/// </summary>
internal static class HealthResponse
{
    public static readonly HealthCheckOptions Options = new() { ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var detailed = context.User.Identity?.IsAuthenticated == true;
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = detailed ? e.Value.Description : null }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
