using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>Starts the outbox and reminder workers unless Email:RunWorker is false or no transport is in use.</summary>
internal sealed class ConditionalOutboxWorker(IServiceProvider services) : IHostedService, IDisposable
{
    private OutboxWorker? _worker;
    private ReviewReminderWorker? _reminders;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<EmailOptions>>();
        var isDevelopment = services.GetRequiredService<IHostEnvironment>().IsDevelopment();
        if (!options.Value.RunWorker || !options.Value.SendsEmail(isDevelopment))
        {
            return Task.CompletedTask;
        }

        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        _worker = new OutboxWorker(scopes, options, services.GetRequiredService<ILogger<OutboxWorker>>());
        _reminders = new ReviewReminderWorker(scopes, options, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<ReviewReminderWorker>>());
        return Task.WhenAll(_worker.StartAsync(cancellationToken), _reminders.StartAsync(cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(
        _worker?.StopAsync(cancellationToken) ?? Task.CompletedTask,
        _reminders?.StopAsync(cancellationToken) ?? Task.CompletedTask);

    public void Dispose()
    {
        _worker?.Dispose();
        _reminders?.Dispose();
    }
}
