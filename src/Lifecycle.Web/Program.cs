using Lifecycle.Application;
using Lifecycle.Infrastructure;
using Lifecycle.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.AddLifecycleLogging();
builder.AddDeploymentSettings();
builder.Services
    .AddLifecycleApplication()
    .AddLifecycleInfrastructure()
    .AddLifecycleWeb();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseLifecyclePipeline();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
