namespace Lifecycle.Web.Forms;

internal static class Sentence
{
    /// <summary>
    /// Rule messages are written to follow "You cannot … until:"; standing alone they need a
    /// capital letter and a full stop.
    /// </summary>
    public static string From(string clause) =>
        clause.Length == 0 ? clause : char.ToUpperInvariant(clause[0]) + clause[1..] + (clause.EndsWith('.') ? string.Empty : ".");
}
