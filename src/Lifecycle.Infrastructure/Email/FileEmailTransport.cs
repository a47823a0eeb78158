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
        var text = string.Join('\n', $"From: {options.Value.From}", $"To: {message.To}", $"Subject: {message.Subject}", string.Empty, message.Body, string.Empty);
        await File.WriteAllTextAsync(Path.Combine(Folder, name), text, cancellationToken);
    }
}
