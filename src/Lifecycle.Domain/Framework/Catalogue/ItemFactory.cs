namespace Lifecycle.Domain.Framework.Catalogue;

internal static class ItemFactory
{
    public static ChecklistItemDefinition Required(string code, string title, string hint, Applicability when = Applicability.Always) =>
        new(code, title, hint, Mandatory: true, NotApplicableAllowed: false, when);

    public static ChecklistItemDefinition RequiredUnlessNotApplicable(string code, string title, string hint, Applicability when = Applicability.Always) =>
        new(code, title, hint, Mandatory: true, NotApplicableAllowed: true, when);

    /// <summary>Expected for as long as the tool is in use; retiring the tool does not wait for it.</summary>
    public static ChecklistItemDefinition OngoingWhileLive(string code, string title, string hint) =>
        new(code, title, hint, Mandatory: true, NotApplicableAllowed: false, Ongoing: true);

    public static ChecklistItemDefinition Optional(string code, string title, string hint) =>
        new(code, title, hint, Mandatory: false, NotApplicableAllowed: true);
}
