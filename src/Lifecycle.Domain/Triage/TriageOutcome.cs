namespace Lifecycle.Domain.Triage;

/// <summary>What a set of triage answers means. Computed, never stored apart from the answers.</summary>
public sealed record TriageOutcome(RiskLevel Risk, bool DoNotProceed, IReadOnlyList<FlaggedTheme> Themes, IReadOnlyList<Obligation> Obligations)
{
    public static TriageOutcome Of(TriageAnswers answers, bool involvesThirdParty)
    {
        var themes = TriageThemes.Flag(answers, involvesThirdParty);
        var risk = answers.HasHighRiskFeature || answers.CrossesRedLine || answers.NeverDeployedAnywhere ? RiskLevel.High
            : answers.UsesPersonalData || themes.Count > 0 ? RiskLevel.Medium
            : RiskLevel.Low;

        var obligations = new List<Obligation>();
        if (answers.UsesPersonalData)
        {
            obligations.Add(Obligation.DataProtectionImpactAssessment);
        }

        if (risk == RiskLevel.High)
        {
            obligations.AddRange([Obligation.EqualityImpactAssessment, Obligation.ChildrensRightsImpactAssessment, Obligation.IndependentScrutiny, Obligation.IndependentEvaluator]);
        }

        return new TriageOutcome(risk, answers.CrossesRedLine, themes, obligations);
    }
}
