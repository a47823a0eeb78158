using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>Adds the message to the context, so it is saved (or not) with the change that caused it.</summary>
public sealed class Outbox(LifecycleDbContext db, IOptions<EmailOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment, TimeProvider clock) : IOutbox
{
    public void Enqueue(EmailMessage message)
    {
        if (!options.Value.SendsEmail(Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions.IsDevelopment(environment)))
        {
            return;
        }

        db.OutboxMessages.Add(new OutboxMessage(message.To, message.Subject, message.Body, message.Kind, clock.GetUtcNow().UtcDateTime));
    }
}
