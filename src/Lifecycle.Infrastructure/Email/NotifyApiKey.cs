using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Lifecycle.Infrastructure.Email;

/// <summary>
/// A GOV.UK Notify API key: a name, then the service id and the secret, each a 36-character UUID, joined by
/// hyphens. Each request carries a short-lived JWT (HS256) naming the service, signed with the secret.
/// </summary>
public sealed class NotifyApiKey
{
    private const int UuidLength = 36;

    private NotifyApiKey(string serviceId, string secret)
    {
        ServiceId = serviceId;
        Secret = secret;
    }

    public string ServiceId { get; }

    private string Secret { get; }

    /// <summary>Whether the text has the shape of a Notify API key (for checking settings at start-up).</summary>
    public static bool IsValid(string? apiKey)
    {
        var key = apiKey?.Trim() ?? string.Empty;
        return key.Length >= (2 * UuidLength) + 1
            && Guid.TryParseExact(key[^UuidLength..], "D", out _)
            && Guid.TryParseExact(key[^((2 * UuidLength) + 1)..^(UuidLength + 1)], "D", out _);
    }

    public static NotifyApiKey Parse(string? apiKey)
    {
        var key = apiKey?.Trim() ?? string.Empty;
        if (!IsValid(key))
        {
            throw new FormatException("Email:Notify:ApiKey is not a GOV.UK Notify API key: it should end with the service id and the secret key, each like 00000000-0000-0000-0000-000000000000.");
        }

        return new NotifyApiKey(key[^((2 * UuidLength) + 1)..^(UuidLength + 1)], key[^UuidLength..]);
    }

    /// <summary>The bearer token for one request, issued now.</summary>
    public string Token(DateTimeOffset now)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { typ = "JWT", alg = "HS256" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = ServiceId, iat = now.ToUnixTimeSeconds() }));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
