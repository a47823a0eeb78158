namespace Lifecycle.Web.Forms;

/// <summary>One free-text question on a form: a textarea, or a one-line input when <paramref name="IsShort"/>.</summary>
public sealed record TextField(string Key, string Label, string? Hint, string? Value, bool IsShort = false)
{
    public string Id => Key.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
