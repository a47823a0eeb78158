using System.Globalization;
using System.Text;

namespace Lifecycle.Domain.Common;

/// <summary>Readable parts of web addresses made from names: "Early help dashboard" becomes "early-help-dashboard".</summary>
public static class Slugs
{
    private const int MaximumLength = 60;

    public static string Of(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // é becomes e
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var slug = text.ToString().Trim('-');
        slug = slug.Length > MaximumLength ? slug[..MaximumLength].TrimEnd('-') : slug;
        return slug.Length == 0 ? "tool" : slug;
    }

    /// <summary>The name's slug, with "-2", "-3"… added if another already has it.</summary>
    public static string Unique(string name, IReadOnlyCollection<string> taken)
    {
        var slug = Of(name);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
