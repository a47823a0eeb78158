using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int TestingStage = 7;

    private readonly List<TestRun> _testRuns = [];
    private readonly List<ExternalValidation> _externalValidations = [];

    public IReadOnlyList<TestRun> TestRuns => _testRuns;

    public IReadOnlyList<ExternalValidation> ExternalValidations => _externalValidations;

    public TestRun? LatestTestRun => _testRuns.MaxBy(r => r.Number);

    /// <summary>Records an alpha or beta run; a predictive tool's run must carry counts for at least one group.</summary>
    public TestRun AddTestRun(TestRunKind kind, DateOnly ranOn, string? notes, IReadOnlyList<GroupCounts> groups, Actor actor, DateTime at)
    {
        var cleanedNotes = DomainText.Optional(notes, TextLimits.LongText, "Notes");
        var cleanedGroups = GroupCounts.Cleaned(groups);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustBeInStageRule(this, TestingStage, "test runs are recorded"),
            new PredictiveRunsNeedCountsRule(this, cleanedGroups),
            new GroupNamesMustBeDistinctRule(cleanedGroups),
            new CountsMustNotBeNegativeRule(cleanedGroups),
        ]);

        var run = new TestRun(Id, _testRuns.Count + 1, kind, ranOn, cleanedNotes, cleanedGroups, actor, at);
        _testRuns.Add(run);
        Record("TestRunRecorded", $"{kind} test run {run.Number}", null, Snapshot.Of(new
        {
            Kind = kind.ToString(),
            RanOn = ranOn,
            Groups = GroupCounts.Describe(cleanedGroups),
            Notes = cleanedNotes,
        }), actor, at);
        return run;
    }

    public void RecordExternalValidation(string validator, string organisation, DateOnly validatedOn, string conclusion, Actor actor, DateTime at)
    {
        var who = DomainText.Required(validator, TextLimits.Name, "Validator");
        var where = DomainText.Required(organisation, TextLimits.Name, "Organisation");
        var what = DomainText.Required(conclusion, TextLimits.LongText, "Conclusion");
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new ProjectMustBeInStageRule(this, TestingStage, "external validation is recorded")]);
        _externalValidations.Add(new ExternalValidation(Id, who, where, validatedOn, what, actor, at));
        Record("ExternalValidationRecorded", $"External validation by {who}", null,
            Snapshot.Of(new { Validator = who, Organisation = where, ValidatedOn = validatedOn, Conclusion = what }), actor, at);
    }
}
