
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int TestingStage = 7;

    private readonly List<TestRun> _testRuns = [];
    private readonly List<ExternalValidation> _externalValidations = [];

    public IReadOnlyList<TestRun> TestRuns => _testRuns;

    public IReadOnlyList<ExternalValidation> ExternalValidations => _externalValidations;

    /// <summary>The latest run still in use: a withdrawn run no longer counts.</summary>
    public TestRun? LatestTestRun => _testRuns.Where(r => !r.IsWithdrawn).MaxBy(r => r.Number);

    /// <summary>The run the testing gate judges: the latest beta run still in use (beta follows an alpha run).</summary>
    public TestRun? LatestBetaRun => _testRuns.Where(r => r.Kind == TestRunKind.Beta && !r.IsWithdrawn).MaxBy(r => r.Number);

    /// <summary>Records an alpha or beta run; a predictive tool's run must carry counts for at least one group.</summary>
    public TestRun AddTestRun(TestRunKind kind, DateOnly ranOn, string? notes, IReadOnlyList<GroupCounts> groups, Actor actor, DateTime at)
    {
        var cleanedNotes = DomainText.Optional(notes, TextLimits.LongText, "Notes");
        var cleanedGroups = GroupCounts.Cleaned(groups);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustBeInStageRule(this, TestingStage, "test runs are recorded"),
            new DateMustNotBeInFutureRule(ranOn, at, "the date the test ran"),
            NotBeforeWorkBegan(ranOn, "the date the test ran"),
            .. kind == TestRunKind.Beta ? [new BetaMustFollowAlphaRule(this)] : Array.Empty<IBusinessRule>(),
            new PredictiveRunsNeedCountsRule(this, cleanedGroups),
            new GroupNamesMustBeDistinctRule(cleanedGroups),
            new GroupsMustBeFewEnoughRule(cleanedGroups),
            new CountsMustNotBeNegativeRule(cleanedGroups),
        ]);

        var run = new TestRun(Id, _testRuns.Count + 1, kind, ranOn, cleanedNotes, cleanedGroups, CurrentThresholdVersion?.Number, actor, at);
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

    /// <summary>The validation in force: the one recorded last, whatever date it carries (a back-dated one cannot displace it).</summary>
    public ExternalValidation? LatestValidation => _externalValidations.MaxBy(v => (v.RecordedAt, v.ValidatedOn));

    public void RecordExternalValidation(ExternalValidationDetails details, Actor actor, DateTime at)
    {
        var who = DomainText.Required(details.Validator, TextLimits.Name, "Validator");
        var where = DomainText.Required(details.Organisation, TextLimits.Name, "Organisation");
        var what = DomainText.Required(details.Conclusion, TextLimits.LongText, "Conclusion");
        var conditions = details.Conditions.Select(c => DomainText.Optional(c, TextLimits.ShortText, "Condition")).OfType<string>().ToList();
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustBeInStageRule(this, TestingStage, "external validation is recorded"),
            new ConditionsMustMatchVerdictRule(details.Verdict, conditions),
            new DateMustNotBeInFutureRule(details.ValidatedOn, at, "the date of the validation"),
            NotBeforeWorkBegan(details.ValidatedOn, "the date of the validation"),
            new ValidationMustFollowLatestBetaRule(this, details.ValidatedOn),
        ]);
        _externalValidations.Add(new ExternalValidation(Id, who, where, details.ValidatedOn, details.Verdict, what, conditions, actor, at));
        Record("ExternalValidationRecorded", $"External validation by {who}", null,
            Snapshot.Of(new { Validator = who, Organisation = where, details.ValidatedOn, Verdict = details.Verdict.ToString(), Conclusion = what, Conditions = conditions }), actor, at);
    }

    /// <summary>Records how one of the latest validation's conditions was met; all must be met before going live.</summary>
    public void MarkValidationConditionMet(int conditionNumber, string? howMet, Actor actor, DateTime at)
    {
        var how = DomainText.Optional(howMet, TextLimits.LongText, "How it was met");
        var condition = LatestValidation?.Conditions.SingleOrDefault(c => c.Number == conditionNumber)
            ?? throw new ArgumentException("The latest external validation has no such condition.", nameof(conditionNumber));
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ReasonMustBeGivenRule(how, "how the condition was met"),
            new ConditionMustBeOpenRule(condition),
        ]);
        condition.MarkMet(how!, actor, at);
        Record("ValidationConditionMet", $"Validation condition {condition.Number}", null, Snapshot.Of(new { Condition = condition.Text, HowMet = how }), actor, at);
    }
}
