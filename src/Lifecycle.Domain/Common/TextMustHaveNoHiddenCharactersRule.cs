namespace Lifecycle.Domain.Common;

/// <summary>Saved text holds no hidden control characters (and, for a one-line value, no line break): they break every page and export that shows it.</summary>
public sealed class TextMustHaveNoHiddenCharactersRule(string? text, string what, bool allowLineBreaks) : IBusinessRule
{
    private int? Line => text is null ? null : HiddenCharacters.FirstLineWith(text, allowLineBreaks);

    public bool IsBroken() => Line is not null;

    public string Message => $"{what} has no hidden control characters{(allowLineBreaks ? string.Empty : " or line breaks")}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => allowLineBreaks
        ? $"{what} has a hidden control character on line {Line}, probably copied from another program: retype that line, or paste it as plain text"
        : $"{what} has a hidden control character or a line break: it must be one line of plain text, so retype it";
}
