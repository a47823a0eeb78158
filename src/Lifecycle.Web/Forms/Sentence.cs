namespace Lifecycle.Web.Forms;

internal static class Sentence
{
    /// <summary>
    /// Rule refusals and some field names are written without a capital letter or full stop, so they
    /// can be built into other sentences; shown on their own they need both.
    /// </summary>
    public static string From(string clause) =>
        clause.Length == 0 ? clause : char.ToUpperInvariant(clause[0]) + clause[1..] + (clause.EndsWith('.') ? string.Empty : ".");
}
