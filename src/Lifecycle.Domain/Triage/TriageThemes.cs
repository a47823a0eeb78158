namespace Lifecycle.Domain.Triage;

/// <summary>
/// Which themes the answers flag and why. A tool never used anywhere, or with either high-risk
/// feature, flags every theme; otherwise each answer flags the themes it bears on.
/// </summary>
public static class TriageThemes
{
    public static IReadOnlyList<FlaggedTheme> Flag(TriageAnswers a, bool involvesThirdParty)
    {
        var reasons = Enum.GetValues<TriageTheme>().ToDictionary(t => t, _ => new List<string>());
        void Add(string why, params TriageTheme[] themes)
        {
            foreach (var theme in themes)
            {
                reasons[theme].Add(why);
            }
        }

        if (a.NeverDeployedAnywhere)
        {
            Add("This kind of tool has not been used here or, as far as you know, anywhere else.", Enum.GetValues<TriageTheme>());
        }

        if (a.LittleRoomForProfessionalJudgement)
        {
            Add("The tool leaves little room for a practitioner to reach their own conclusion.", Enum.GetValues<TriageTheme>());
        }

        if (a.PredictsAboutIndividuals)
        {
            Add("The tool makes predictions about individual children or families.", Enum.GetValues<TriageTheme>());
        }

        if (a.UsesPersonalData)
        {
            Add("The tool uses personal information about children or families.", TriageTheme.DataUseAndSharing, TriageTheme.Legal);
        }

        if (a.SimilarToolsBiasAssessed is not BiasAssessment.AssessedNoAdverseImpact)
        {
            Add(a.SimilarToolsBiasAssessed == BiasAssessment.AssessedAdverseImpactFound
                ? "Similar tools were found to affect some groups unfairly."
                : "Similar tools have not been assessed for bias, or you do not know.", TriageTheme.MitigatingBias);
        }

        if (a.DataQuality is not DataQualityUnderstanding.UnderstoodAndSufficient)
        {
            Add("The quality of the data is unknown or not good enough yet.", TriageTheme.DataQuality);
        }

        if (a.UsersExperience is not UserExperience.Experienced)
        {
            Add("The people who would use the tool have little experience of similar tools.", TriageTheme.CoDesign);
        }

        if (a.SimilarToolsControversial is not Controversy.No)
        {
            Add("Similar tools have caused public concern, or you do not know.", TriageTheme.PublicCommunications, TriageTheme.GovernanceAndOversight);
        }

        if (a.UsedHereBefore is not PriorUse.YesWithEvidenceOfEffect && a.UsedElsewhere is not PriorUse.YesWithEvidenceOfEffect)
        {
            Add("There is no evidence yet that this kind of tool works.", TriageTheme.TestingAndEvaluation);
        }

        if (involvesThirdParty)
        {
            Add("A third party will build or run the tool.", TriageTheme.ProcuringThirdPartyExpertise);
        }

        return reasons.Where(r => r.Value.Count > 0)
            .Select(r => new FlaggedTheme(r.Key, r.Value.Distinct().ToList()))
            .ToList();
    }
}
