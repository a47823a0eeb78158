using Lifecycle.Domain.Framework.Catalogue;

namespace Lifecycle.Domain.Framework;

/// <summary>
/// The one catalogue of phases, stages and checklist items. Adding an item is a change here,
/// never a schema change: progress is stored against item codes.
/// </summary>
public static class LifecycleFramework
{
    /// <summary>Recorded on each project so later catalogue changes can be told apart.</summary>
    public const string Version = "2024-04.1";

    public const int FirstStage = 1;

    public static IReadOnlyList<StageDefinition> Stages { get; } =
        [.. ExploreStages.All, .. DevelopStages.All, .. ImplementStages.All];

    public static int LastStage => Stages[^1].Number;

    public static IReadOnlyList<WorkbookQuestion> WorkbookQuestions { get; } = Catalogue.WorkbookQuestions.All;

    /// <summary>The questions of one phase, in order; the workbook is answered phase by phase.</summary>
    public static IReadOnlyList<WorkbookQuestion> WorkbookQuestionsOf(Phase phase) => WorkbookQuestions.Where(q => q.Phase == phase).ToList();

    public static WorkbookQuestion? FindWorkbookQuestion(int number) => WorkbookQuestions.FirstOrDefault(q => q.Number == number);

    private static readonly Dictionary<string, (StageDefinition Stage, ChecklistItemDefinition Item)> ItemsByCode =
        Stages.SelectMany(s => s.Items.Select(i => (s, i))).ToDictionary(x => x.i.Code, StringComparer.Ordinal);

    public static StageDefinition Stage(int number) =>
        FindStage(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "There is no such stage.");

    public static StageDefinition? FindStage(int number) => Stages.FirstOrDefault(s => s.Number == number);

    public static ChecklistItemDefinition? FindItem(string code) =>
        ItemsByCode.TryGetValue(code, out var found) ? found.Item : null;

    public static StageDefinition StageOf(string itemCode) =>
        ItemsByCode.TryGetValue(itemCode, out var found)
            ? found.Stage
            : throw new ArgumentException($"There is no checklist item {itemCode}.", nameof(itemCode));
}
