namespace Lifecycle.Web.Forms;

/// <summary>One labelled piece of saved text, shown read-only in a summary list (<c>_TextSummary</c>).</summary>
public sealed record SavedText(string Label, string? Value);
