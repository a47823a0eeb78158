namespace Lifecycle.Domain.Common;

internal static class DomainText
{
    /// <summary>
    /// Trims text and turns blank into null, refusing text the database could not hold and hidden characters. Text up to
    /// a name's length is one line (names, titles, group names); longer text may have line breaks.
    /// </summary>
    public static string? Optional(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        Rules.Check(new TextMustHaveNoHiddenCharactersRule(trimmed, what, allowLineBreaks: maxLength > TextLimits.Name));

        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"{what} must be {maxLength} characters or fewer.", nameof(value));
        }

        return trimmed;
    }

    public static string Required(string? value, int maxLength, string what) =>
        Optional(value, maxLength, what) ?? throw new ArgumentException($"{what} is required.", nameof(value));
}
