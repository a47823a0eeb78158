
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<MaturityScore> _maturityScores = [];

    public IReadOnlyList<MaturityScore> MaturityScores => _maturityScores;

    /// <summary>The self-assessment's result, or null until every component has been scored.</summary>
    public MaturityLevel? MaturityResult =>
        _maturityScores.Count == Enum.GetValues<MaturityComponent>().Length
            ? MaturityScale.ResultOf(_maturityScores.Select(s => s.Score).ToList())
            : null;

    /// <summary>Records (or redoes) the data maturity self-assessment: all five components, each with a reason.</summary>
    public void RecordMaturityAssessment(IReadOnlyList<ComponentScore> scores, Actor actor, DateTime at)
    {
        var cleaned = scores
            .Select(s => s with { Justification = DomainText.Optional(s.Justification, TextLimits.LongText, "Justification") })
            .ToList();
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new EveryMaturityComponentMustBeScoredRule(cleaned),
            .. cleaned.Select(s => (IBusinessRule)new MaturityScoreMustBeOnScaleRule(s)),
            .. cleaned.Select(s => (IBusinessRule)new MaturityScoreMustBeJustifiedRule(s)),
        ]);

        var before = DescribeMaturity();
        var lowSkillBefore = HasLowSkillScore;
        foreach (var score in cleaned)
        {
            var existing = _maturityScores.FirstOrDefault(s => s.Component == score.Component);
            if (existing is null)
            {
                _maturityScores.Add(new MaturityScore(Id, score.Component, score.Score, score.Justification!, actor, at));
            }
            else
            {
                existing.Rescore(score.Score, score.Justification!, actor, at);
            }
        }

        Record("MaturityAssessed", $"Data maturity: {MaturityResult}", before, DescribeMaturity(), actor, at);
        HoldScrutinyIfSkillRose(lowSkillBefore, actor, at);
    }

    /// <summary>
    /// A re-score after stage 3 that lifts in-house skill above low does not drop the independent scrutiny low skill
    /// required: it is held, and a request for a senior leader's approval to release it is made the same moment.
    /// </summary>
    private void HoldScrutinyIfSkillRose(bool lowSkillBefore, Actor actor, DateTime at)
    {
        if (HasLowSkillScore)
        {
            LowSkillScrutinyHeldSince = null;
            return;
        }

        if (!lowSkillBefore || CurrentStage.Number <= SolutionStage || LowSkillScrutinyHeldSince is not null)
        {
            return;
        }

        LowSkillScrutinyHeldSince = at;
        OpenRequest(SignOffKind.ScrutinyRelease, actor, at);
    }

    private string? DescribeMaturity() => _maturityScores.Count == 0
        ? null
        : Snapshot.Of(new
        {
            Result = MaturityResult?.ToString(),
            Scores = string.Join(", ", _maturityScores.OrderBy(s => s.Component).Select(s => $"{s.Component} {s.Score}")),
        });
}
