using System.Security.Cryptography;
using System.Text;

namespace Lifecycle.Domain.Common;

/// <summary>A short, stable SHA-256 fingerprint of content, so an approval can say exactly what it approved.</summary>
public static class Fingerprint
{
    public static string Of(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
