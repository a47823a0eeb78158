using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>Starts the outbox worker unless Email:RunWorker is false or no transport is in use.</summary>
internal sealed class ConditionalOutboxWorker(IServiceProvider services) : IHostedService
{
    private OutboxWorker? _worker;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<EmailOptions>>();
        var isDevelopment = services.GetRequiredService<IHostEnvironment>().IsDevelopment();
        if (!options.Value.RunWorker || options.Value.EffectiveTransport(isDevelopment) == "None")
        {
            return Task.CompletedTask;
        }

        _worker = new OutboxWorker(services.GetRequiredService<IServiceScopeFactory>(), options, services.GetRequiredService<ILogger<OutboxWorker>>());
        return _worker.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _worker?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
