using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lifecycle.Domain.Audit;

/// <summary>SHA-256 over every field of an entry and the previous entry's hash.</summary>
public static class AuditHash
{
    public static string Of(AuditEntry entry)
    {
        // Each field is length-prefixed so that moving text between fields changes the hash.
        var builder = new StringBuilder();
        foreach (var field in Fields(entry))
        {
            builder.Append(field?.Length.ToString(CultureInfo.InvariantCulture) ?? "-").Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static IEnumerable<string?> Fields(AuditEntry e) =>
    [
        e.StreamId.ToString("N"),
        e.OrganisationId.ToString("N"),
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        // Ticks survive every provider's round trip; the DateTimeKind does not.
        e.OccurredAt.Ticks.ToString(CultureInfo.InvariantCulture),
        e.ActorId.ToString("N"),
        e.ActorName,
        e.Kind,
        e.Subject,
        e.Before,
        e.After,
        e.PreviousHash,
    ];
}
