using Lifecycle.Domain.Assessments;
using Lifecycle.Domain.Triage;

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

            if (_maturityScores.FirstOrDefault(s => s.Component == MaturityComponent.AnalyticalCapacity) is { Score: <= LowSkillScore })
            {
                reasons.Add("the council's in-house analytical skill is low");
            }

            return reasons;
        }
    }

    private static bool IdentifiesIndividuals(TriageAnswers answers) =>
        answers.PredictsAboutIndividuals
        || answers.PersonalData is PersonalDataScale.FlaggedFamiliesInTheAuthority or PersonalDataScale.FlaggedFamiliesInTheRegion;
}
