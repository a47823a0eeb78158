using Lifecycle.Infrastructure;
using Lifecycle.Infrastructure.Seeding;
using Lifecycle.Web.Api;
using Serilog;

namespace Lifecycle.Web.Startup;

public static class WebPipeline
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.InitialiseDatabaseAsync(CancellationToken.None);
        if (ShouldSeedDemo(app))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// The demo accounts share a published password, so they are created only in Development and only
    /// when asked for (Demo:Seed, set in appsettings.Development.json): never by environment name alone.
    /// </summary>
    public static bool ShouldSeedDemo(WebApplication app) =>
        app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Demo:Seed");

    public static void UseLifecyclePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(); // does nothing unless ForwardedHeaders:Enabled
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseApiProblems();
        app.UseMiddleware<SecurityHeaders>();
        app.UseSerilogRequestLogging();
        app.UseMiddleware<ClientDisconnects>();
        app.UseMiddleware<NullCharactersInForms>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authorisation, so the API's limit can count per token (the API signs in only when a request reaches it).
        app.UseRateLimiter();
        app.UseMiddleware<Security.TwoFactorSetUpFirst>();

        app.MapHealthChecks("/health", HealthResponse.Options).AllowAnonymous();
        app.MapRazorPages();
        app.MapLifecycleApi();
    }
}
