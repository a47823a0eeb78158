namespace Lifecycle.Domain.Framework;

public sealed record StageDefinition(int Number, string Title, Phase Phase, string Purpose, IReadOnlyList<ChecklistItemDefinition> Items)
{
    public string NumberedTitle => $"Stage {Number}: {Title}";

    public IEnumerable<ChecklistItemDefinition> ItemsApplyingTo(ApplicabilityFacts facts) =>
        Items.Where(i => i.AppliesTo(facts));
}
