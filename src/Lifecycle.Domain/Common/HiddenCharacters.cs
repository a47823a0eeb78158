namespace Lifecycle.Domain.Common;

/// <summary>
/// Characters nobody types on purpose and that break what reads the text later: control characters (C0 and C1, except
/// tab and line breaks), the bidirectional overrides that make text read differently from how it is stored, and
/// lone halves of a character. They arrive by pasting from another program, or on purpose.
/// </summary>
public static class HiddenCharacters
{
    /// <summary>The 1-based line of the first hidden character in <paramref name="text"/>; null when there is none.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="allowLineBreaks">Whether a line break is allowed (a name is one line; an answer can be several).</param>
    public static int? FirstLineWith(string text, bool allowLineBreaks = true)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!allowLineBreaks)
                {
                    return line;
                }

                line++;
            }
            else if ((c == '\r' && !allowLineBreaks) || IsHidden(text, i))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>The text without any hidden character, for writers (SVG, XML) that must never fail on text saved before this check.</summary>
    public static string Strip(string text)
    {
        if (FirstLineWith(text) is null)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHidden(text, i))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static bool IsHidden(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' => true,
            >= '\u007f' and <= '\u009f' => true,
            >= '\u202a' and <= '\u202e' => true,
            >= '\u2066' and <= '\u2069' => true,
            '\ufffe' or '\uffff' => true,
            _ when char.IsHighSurrogate(c) => i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]),
            _ when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(text[i - 1]),
            _ => false,
        };
    }
}
