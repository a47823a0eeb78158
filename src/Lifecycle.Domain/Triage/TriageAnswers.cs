namespace Lifecycle.Domain.Triage;

/// <summary>
/// Answers to the ethics triage (stage 4): novelty, users, data and impact. Structure follows
/// the triage prototype for the guidance; the wording shown to people is our own.
/// </summary>
public sealed record TriageAnswers(
    PriorUse UsedHereBefore,
    PriorUse UsedElsewhere,
    Controversy SimilarToolsControversial,
    UserExperience UsersExperience,
    DataQualityUnderstanding DataQuality,
    PersonalDataScale PersonalData,
    BiasAssessment SimilarToolsBiasAssessed,
    AffectedGroups Affected,
    bool LittleRoomForProfessionalJudgement,
    bool PredictsAboutIndividuals,
    bool ActsWithoutProfessional)
{
    public bool UsesPersonalData => PersonalData != PersonalDataScale.None;

    public bool NeverDeployedAnywhere => UsedHereBefore is PriorUse.No && UsedElsewhere is PriorUse.No or PriorUse.DoNotKnow;

    public bool HasHighRiskFeature => LittleRoomForProfessionalJudgement || PredictsAboutIndividuals;

    /// <summary>
    /// A red line: the tool would act on a child or family, or leave a professional little room to
    /// reach their own view (automatic referral is the example). It must be redesigned first.
    /// </summary>
    public bool CrossesRedLine => ActsWithoutProfessional || LittleRoomForProfessionalJudgement;
}
