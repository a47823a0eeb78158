using System.Security.Cryptography;
using System.Text;
using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Audit;

/// <summary>
/// HMAC-SHA256 seals keyed by Audit:SealKey. In Development, when no key is configured, a key file is
/// made beside the SQLite database (outside it), so the app still runs with one command.
/// </summary>
public sealed class HmacAuditSealer(IOptions<AuditSealOptions> options, DatabaseOptions database, IHostEnvironment environment) : IAuditSealer
{
    private readonly Lazy<byte[]> _key = new(() => options.Value.KeyBytes ?? DevelopmentKey(database, environment));

    public string Sign(string content) => Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(content)));

    public bool IsGenuine(string content, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(content)), Encoding.ASCII.GetBytes(signature));

    private static byte[] DevelopmentKey(DatabaseOptions database, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Audit:SealKey is not set.");
        }

        var folder = Path.GetFullPath(database.DataFolder, environment.ContentRootPath);
        var file = Path.Combine(folder, "audit-seal.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(AuditSealOptions.MinimumKeyBytes)));
        }

        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }
}
