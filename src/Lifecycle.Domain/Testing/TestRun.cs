namespace Lifecycle.Domain.Testing;

/// <summary>One alpha or beta test (stage 7), with the per-group confusion counts it produced.</summary>
public sealed class TestRun : JudgedResult
{
    private TestRun()
    {
    }

    internal TestRun(Guid projectId, int number, TestRunKind kind, DateOnly ranOn, string? notes, IEnumerable<GroupCounts> groups, int? thresholdsVersion, Actor actor, DateTime at)
        : base(projectId, number, groups, thresholdsVersion, actor, at)
    {
        Kind = kind;
        RanOn = ranOn;
        Notes = notes;
    }

    public TestRunKind Kind { get; private set; }

    public DateOnly RanOn { get; private set; }

    public string? Notes { get; private set; }

    public override string Title => $"{Kind} run {Number}";
}
