
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>The highest maturity score for in-house analytical capacity that still counts as low skill.</summary>
    public const int LowSkillScore = 2;

    /// <summary>
    /// Why someone independent of the project must scrutinise it (an independent oversight member,
    /// an independent evaluator): a high-risk triage, a novel tool (predictive, or identifying
    /// individual children or families), or little in-house technical skill. Empty when none applies.
    /// </summary>
    public IReadOnlyList<string> IndependentScrutinyReasons
    {
        get
        {
            var reasons = new List<string>();
            if (IsHighRisk)
            {
                reasons.Add("the triage found the tool high risk");
            }

            if (IsPredictive)
            {
                reasons.Add("a predictive tool is novel");
            }

            if (LatestTriage?.Answers is { } answers && IdentifiesIndividuals(answers))
            {
                reasons.Add("a tool that identifies individual children or families is novel");
            }

            if (HasLowSkillScore || LowSkillScrutinyHeldSince is not null)
            {
                reasons.Add("the council's in-house analytical skill is low");
            }

            return reasons;
        }
    }

    /// <summary>
    /// Set when the maturity is re-scored after stage 3 so that in-house skill is no longer low: the independent scrutiny
    /// low skill required stays until a senior leader who took no part approves releasing it.
    /// </summary>
    public DateTime? LowSkillScrutinyHeldSince { get; private set; }

    private bool HasLowSkillScore => _maturityScores.FirstOrDefault(s => s.Component == MaturityComponent.AnalyticalCapacity) is { Score: <= LowSkillScore };

    private static bool IdentifiesIndividuals(TriageAnswers answers) =>
        answers.PredictsAboutIndividuals
        || answers.PersonalData is PersonalDataScale.FlaggedFamiliesInTheAuthority or PersonalDataScale.FlaggedFamiliesInTheRegion;
}
