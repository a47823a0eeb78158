namespace Lifecycle.Benchmarks.Http;

/// <summary>Command-line options and docs/performance.md, shared by the load benchmarks.</summary>
internal static class Options
{
    public static string? Get(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Lifecycle.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    /// <summary>Replaces what lies between two markers in a file (a results section of docs/performance.md).</summary>
    public static void WriteBetween(string file, string start, string end, string content)
    {
        var text = File.ReadAllText(file);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"{file} has no {start} … {end} section to write into.");
        }

        File.WriteAllText(file, text[..(from + start.Length)] + "\n" + content + text[to..]);
    }
}
