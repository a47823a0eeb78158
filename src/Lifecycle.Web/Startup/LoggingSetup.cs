using System.Globalization;
using Serilog;
using Serilog.Events;

namespace Lifecycle.Web.Startup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog configured from the "Serilog" section, writing structured events to the console. A console
    /// command (<paramref name="forCommand"/>) logs only warnings and errors, to standard error, so its own
    /// output stays readable.
    /// </summary>
    public static void AddLifecycleLogging(this WebApplicationBuilder builder, bool forCommand = false) =>
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (forCommand)
            {
                logger.MinimumLevel.Warning().WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture);
            }
            else
            {
                logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
            }
        });
}
