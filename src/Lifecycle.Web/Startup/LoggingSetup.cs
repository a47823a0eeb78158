using Serilog;

namespace Lifecycle.Web.Startup;

public static class LoggingSetup
{
    /// <summary>Serilog configured from the "Serilog" section, writing structured events to the console.</summary>
    public static void AddLifecycleLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console());
}
