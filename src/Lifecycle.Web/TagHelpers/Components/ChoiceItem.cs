namespace Lifecycle.Web.TagHelpers.Components;

/// <summary>One radio button or checkbox: the value posted, the words shown and an optional hint below them.</summary>
public sealed record ChoiceItem(string Value, string Text, string? Hint = null)
{
    /// <summary>Every value of an enum, in declaration order, worded by <paramref name="text"/>.</summary>
    public static IReadOnlyList<ChoiceItem> FromEnum<TEnum>(Func<TEnum, string> text, Func<TEnum, string?>? hint = null)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new ChoiceItem(v.ToString(), text(v), hint?.Invoke(v))).ToList();
}
