using Lifecycle.Domain.Triage;

namespace Lifecycle.Web.Tests.Support;

public static class TestTriage
{
    public static readonly TriageAnswers LowRisk = new(
        PriorUse.YesWithEvidenceOfEffect, PriorUse.YesWithEvidenceOfEffect, Controversy.No, UserExperience.Experienced,
        DataQualityUnderstanding.UnderstoodAndSufficient, PersonalDataScale.None, BiasAssessment.AssessedNoAdverseImpact,
        AffectedGroups.AuthorityStaff, false, false, false);

    /// <summary>Form fields for the triage page, answering as <see cref="LowRisk"/> unless overridden.</summary>
    public static Dictionary<string, string> Form(params (string Key, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Answers[UsedHereBefore]"] = "YesWithEvidenceOfEffect",
            ["Input.Answers[UsedElsewhere]"] = "YesWithEvidenceOfEffect",
            ["Input.Answers[SimilarToolsControversial]"] = "No",
            ["Input.Answers[UsersExperience]"] = "Experienced",
            ["Input.Answers[DataQuality]"] = "UnderstoodAndSufficient",
            ["Input.Answers[PersonalData]"] = "None",
            ["Input.Answers[SimilarToolsBiasAssessed]"] = "AssessedNoAdverseImpact",
            ["Input.Affected"] = "AuthorityStaff",
            ["Input.Answers[LittleRoomForProfessionalJudgement]"] = "No",
            ["Input.Answers[PredictsAboutIndividuals]"] = "No",
            ["Input.Answers[ActsWithoutProfessional]"] = "No",
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        return fields;
    }
}
