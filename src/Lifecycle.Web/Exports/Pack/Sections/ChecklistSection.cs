using Lifecycle.Domain.Framework;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>Every stage the project has reached, item by item, with who resolved each and why.</summary>
internal static class ChecklistSection
{
    public static PackSection For(Project project) => new("checklists", "Stage checklists",
        LifecycleFramework.Stages.SelectMany(stage => Stage(project, stage)).ToList());

    private static IEnumerable<PackBlock> Stage(Project project, StageDefinition stage)
    {
        yield return new PackHeading(stage.NumberedTitle);
        if (project.Stages.All(s => s.StageNumber != stage.Number))
        {
            yield return new PackParagraph("The project has not reached this stage yet.");
            yield break;
        }

        yield return new PackTable("Checklist items",
            ["Item", "Outcome", "Resolved by", "Notes, evidence and reasons"],
            stage.ItemsApplyingTo(project.Facts).Select(item => Row(project.StateOf(item.Code), item)).ToList(),
            [34, 12, 20, 34]);
    }

    private static IReadOnlyList<string> Row(ChecklistItemState? state, ChecklistItemDefinition item) =>
    [
        $"{item.Code} {item.Title}{(item.Mandatory ? string.Empty : " (optional)")}",
        StatusTags.For(state?.Outcome ?? ChecklistOutcome.Open).Text,
        state?.ResolvedByName is null ? "—" : PackText.By(state.ResolvedByName, state.ResolvedAt),
        Details(state),
    ];

    private static string Details(ChecklistItemState? state)
    {
        var parts = new[]
        {
            state?.NotApplicableReason is { } reason ? $"Not applicable because: {reason}" : null,
            state?.Note is { } note ? $"Note: {note}" : null,
            state?.EvidenceLink is { } link ? $"Evidence: {link}" : null,
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "—" : string.Join("\n", parts);
    }
}
