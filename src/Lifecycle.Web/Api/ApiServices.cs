using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Api;

public static class ApiServices
{
    public static IServiceCollection AddLifecycleApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder().AddPolicy(Policies.ApiReader, policy => policy
            .AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiTokenAuthentication.TokenIdClaim));
        services.AddScoped<ApiProjectReader>();
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<UuidRouteConstraint>(UuidRouteConstraint.Name));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new UtcDateTimeConverter());

            // Names and text read as written (‘quotes’, accents), not as \u escapes: the API serves JSON, never HTML.
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi(ApiRoutes.DocumentName, options => options.AddDocumentTransformer<ApiDocument>().AddDocumentTransformer<AtrsRecordSchema>());
        services.AddApiLimits();
        return services;
    }

    /// <summary>Requests per token per minute; a request without a usable token is refused before it counts.</summary>
    private static void AddApiLimits(this IServiceCollection services)
    {
        services.AddOptions<ApiLimits>().BindConfiguration(ApiLimits.Section);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(ApiLimits.Policy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<ApiLimits>>().Value;
                var token = context.User.FindFirstValue(ApiTokenAuthentication.TokenIdClaim) ?? string.Empty;
                return RateLimitPartition.GetFixedWindowLimiter("api:" + token, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = OnRejectedAsync;
        });
    }

    /// <summary>The API says when to try again, in JSON; elsewhere the service's own "too many requests" page is shown.</summary>
    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (!context.Request.Path.StartsWithSegments(ApiRoutes.Root))
        {
            return;
        }

        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"This token has made more requests this minute than the service allows. Try again in {seconds} seconds.");
    }
}
