using Lifecycle.Infrastructure.Persistence;
using Lifecycle.Infrastructure.Seeding;
using Serilog;

namespace Lifecycle.Web.Startup;

public static class WebPipeline
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    public static void UseLifecyclePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseMiddleware<SecurityHeaders>();
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health", HealthResponse.Options).AllowAnonymous();
        app.MapRazorPages();
    }
}
