using Lifecycle.Domain.Assessments;

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
    }

    private string? DescribeMaturity() => _maturityScores.Count == 0
        ? null
        : Snapshot.Of(new
        {
            Result = MaturityResult?.ToString(),
            Scores = string.Join(", ", _maturityScores.OrderBy(s => s.Component).Select(s => $"{s.Component} {s.Score}")),
        });
}
