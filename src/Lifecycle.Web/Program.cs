using Lifecycle.Application;
using Lifecycle.Infrastructure;
using Lifecycle.Web.Security.SingleSignOn;
using Lifecycle.Web.Setup;
using Lifecycle.Web.Startup;

// "setup …" runs a console command against the database instead of the web server (see README).
var isSetup = SetupCommand.IsRequested(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = isSetup ? [] : args, EnvironmentName = HostEnvironmentChoice.FromProcess() });
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.AddLifecycleLogging(forCommand: isSetup);
builder.AddDeploymentSettings();
builder.AddSingleSignOn();
builder.Services
    .AddLifecycleApplication()
    .AddLifecycleInfrastructure()
    .AddLifecycleWeb();

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (isSetup)
{
    await using var scope = app.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<SetupCommand>().RunAsync(args[1..], Console.Out, CancellationToken.None);
}

app.UseLifecyclePipeline();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
