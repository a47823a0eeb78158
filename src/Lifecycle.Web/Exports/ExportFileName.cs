using System.Globalization;

namespace Lifecycle.Web.Exports;

/// <summary>Download names like "oversight-pack-early-help-dashboard-2026-11-23.pdf": safe on every file system.</summary>
public static class ExportFileName
{
    public static string For(string kind, string projectName, DateTime at, string extension)
    {
        var slug = string.Join('-', new string(projectName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray())
            .Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > 50 ? slug[..50].TrimEnd('-') : slug;
        return $"{kind}-{(slug.Length == 0 ? "project" : slug)}-{at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }
}
