namespace Lifecycle.Web.Display;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>What changed between two versions of an answer, word by word (longest common subsequence).</summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffPart> Between(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(parts, DiffKind.Same, a[x++]);
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                Add(parts, DiffKind.Added, b[y++]);
            }
            else
            {
                Add(parts, DiffKind.Removed, a[x++]);
            }
        }

        return parts;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // Neighbouring words of the same kind are joined, so a change reads as one phrase.
    private static void Add(List<DiffPart> parts, DiffKind kind, string word)
    {
        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
        }
        else
        {
            parts.Add(new DiffPart(kind, word));
        }
    }
}
