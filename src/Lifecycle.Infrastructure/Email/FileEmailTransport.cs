using System.Text;
using Lifecycle.Application.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>Writes each email as a text file, for Development and tests: nothing leaves the machine.</summary>
public sealed class FileEmailTransport(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock) : IEmailTransport
{
    public string Folder => Path.GetFullPath(options.Value.FileFolder, environment.ContentRootPath);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{message.Kind}-{Guid.NewGuid():N}.txt";
        var text = new StringBuilder()
            .AppendLine($"From: {options.Value.From}").AppendLine($"To: {message.To}").AppendLine($"Subject: {message.Subject}").AppendLine()
            .AppendLine(message.Body).ToString();
        await File.WriteAllTextAsync(Path.Combine(Folder, name), text, cancellationToken);
    }
}
