using Lifecycle.Domain.Triage;

namespace Lifecycle.Domain.Tests.Triage;

public sealed class TriageOutcomeTests
{
    private static readonly TriageAnswers Low = TestProjects.LowRiskTriage;

    [Fact]
    public void WellEvidencedToolWithoutPersonalData_IsLowRiskWithNoThemes()
    {
        var outcome = TriageOutcome.Of(Low, involvesThirdParty: false);

        Assert.Equal(RiskLevel.Low, outcome.Risk);
        Assert.Empty(outcome.Themes);
        Assert.Empty(outcome.Obligations);
        Assert.False(outcome.DoNotProceed);
    }

    [Fact]
    public void PersonalData_IsMediumRiskFlagsDataUseAndLegalAndNeedsADpia()
    {
        var outcome = TriageOutcome.Of(Low with { PersonalData = PersonalDataScale.WholeAuthority }, false);

        Assert.Equal(RiskLevel.Medium, outcome.Risk);
        Assert.Equal([TriageTheme.DataUseAndSharing, TriageTheme.Legal], outcome.Themes.Select(t => t.Theme));
        Assert.Equal([Obligation.DataProtectionImpactAssessment], outcome.Obligations);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void EitherHighRiskFeature_IsHighRiskAndFlagsEveryTheme(bool littleRoom, bool predictsIndividuals)
    {
        var outcome = TriageOutcome.Of(Low with { LittleRoomForProfessionalJudgement = littleRoom, PredictsAboutIndividuals = predictsIndividuals }, false);

        Assert.Equal(RiskLevel.High, outcome.Risk);
        Assert.Equal(Enum.GetValues<TriageTheme>(), outcome.Themes.Select(t => t.Theme));
        Assert.Equal(
            [Obligation.EqualityImpactAssessment, Obligation.ChildrensRightsImpactAssessment, Obligation.IndependentScrutiny, Obligation.IndependentEvaluator],
            outcome.Obligations);
    }

    [Fact]
    public void NeverUsedAnywhere_IsHighRisk()
    {
        var outcome = TriageOutcome.Of(Low with { UsedHereBefore = PriorUse.No, UsedElsewhere = PriorUse.No }, false);

        Assert.Equal(RiskLevel.High, outcome.Risk);
        Assert.Contains(outcome.Themes, t => t.Reasons.Any(r => r.Contains("has not been used here", StringComparison.Ordinal)));
    }

    [Fact]
    public void EachAnswer_FlagsItsOwnThemeWithAReason()
    {
        var outcome = TriageOutcome.Of(Low with
        {
            UsersExperience = UserExperience.NoExperience,
            DataQuality = DataQualityUnderstanding.NotUnderstood,
            SimilarToolsBiasAssessed = BiasAssessment.AssessedAdverseImpactFound,
            SimilarToolsControversial = Controversy.Yes,
        }, involvesThirdParty: true);

        Assert.Equal(RiskLevel.Medium, outcome.Risk);
        Assert.Equal(
            [TriageTheme.MitigatingBias, TriageTheme.CoDesign, TriageTheme.DataQuality, TriageTheme.GovernanceAndOversight, TriageTheme.ProcuringThirdPartyExpertise, TriageTheme.PublicCommunications],
            outcome.Themes.Select(t => t.Theme));
        Assert.Contains("unfairly", Assert.Single(outcome.Themes.Single(t => t.Theme == TriageTheme.MitigatingBias).Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void ActingWithoutAProfessional_IsDoNotProceed() =>
        Assert.True(TriageOutcome.Of(Low with { ActsWithoutProfessional = true }, false).DoNotProceed);
}
