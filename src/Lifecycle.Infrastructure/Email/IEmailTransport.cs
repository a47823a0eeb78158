using Lifecycle.Application.Abstractions;

namespace Lifecycle.Infrastructure.Email;

/// <summary>How an email actually leaves: a file in Development, SMTP (MailKit), or GOV.UK Notify.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
