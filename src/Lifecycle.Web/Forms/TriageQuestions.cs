using Lifecycle.Domain.Triage;

namespace Lifecycle.Web.Forms;

public sealed record TriageOption(string Value, string Label);

public sealed record TriageQuestion(string Key, string Section, string Legend, string? Hint, IReadOnlyList<TriageOption> Options);

/// <summary>The ethics triage questions as people see them (stage 4), in our own words.</summary>
public static class TriageQuestions
{
    private static readonly TriageOption[] Prior =
    [
        new(nameof(PriorUse.YesWithEvidenceOfEffect), "Yes, and there is evidence it worked"),
        new(nameof(PriorUse.YesWithoutEvidence), "Yes, but there is no evidence either way"),
        new(nameof(PriorUse.No), "No"),
        new(nameof(PriorUse.DoNotKnow), "Not sure"),
    ];

    private static readonly TriageOption[] YesNo = [new("Yes", "Yes"), new("No", "No")];

    public static IReadOnlyList<TriageQuestion> SingleChoice { get; } =
    [
        new(nameof(TriageAnswers.UsedHereBefore), "Novelty", "Has the council used this type of analytics before?", null, Prior),
        new(nameof(TriageAnswers.UsedElsewhere), "Novelty", "Do other councils use this type of tool for the same problem?", null, Prior),
        new(nameof(TriageAnswers.SimilarToolsControversial), "Novelty", "Have similar tools caused public concern or controversy?", null,
            [new(nameof(Controversy.Yes), "Yes"), new(nameof(Controversy.No), "No"), new(nameof(Controversy.DoNotKnow), "Not sure")]),
        new(nameof(TriageAnswers.UsersExperience), "Users", "Have the people who would use the tool used similar tools before?", null,
            [new(nameof(UserExperience.Experienced), "Yes, most have"), new(nameof(UserExperience.SomeExperience), "Some have"), new(nameof(UserExperience.NoExperience), "No")]),
        new(nameof(TriageAnswers.DataQuality), "Data", "Do you understand the quality of the data the tool would use?", null,
            [
                new(nameof(DataQualityUnderstanding.UnderstoodAndSufficient), "Yes, and it is good enough"),
                new(nameof(DataQualityUnderstanding.UnderstoodButInsufficient), "Yes, but it is not good enough yet"),
                new(nameof(DataQualityUnderstanding.NotUnderstood), "No"),
            ]),
        new(nameof(TriageAnswers.PersonalData), "Data", "Would the tool use personal information about children or families?", "If it would, choose the widest group it would cover.",
            [
                new(nameof(PersonalDataScale.None), "No"),
                new(nameof(PersonalDataScale.FamiliesWithASocialWorker), "Yes, about families who have a social worker"),
                new(nameof(PersonalDataScale.FlaggedFamiliesInTheAuthority), "Yes, about families flagged in the council's area"),
                new(nameof(PersonalDataScale.FlaggedFamiliesInTheRegion), "Yes, about families flagged across the region"),
                new(nameof(PersonalDataScale.WholeAuthority), "Yes, about everyone in the council's area"),
                new(nameof(PersonalDataScale.National), "Yes, national data"),
            ]),
        new(nameof(TriageAnswers.SimilarToolsBiasAssessed), "Data", "Have similar tools been checked for bias?", null,
            [
                new(nameof(BiasAssessment.AssessedNoAdverseImpact), "Yes, and no unfair effect was found"),
                new(nameof(BiasAssessment.AssessedAdverseImpactFound), "Yes, and some groups were affected unfairly"),
                new(nameof(BiasAssessment.NotAssessed), "No"),
                new(nameof(BiasAssessment.DoNotKnow), "Not sure"),
            ]),
        new(nameof(TriageAnswers.LittleRoomForProfessionalJudgement), "Impact", "Would the tool leave little room for a practitioner to reach their own conclusion?", "For example, by making referrals automatically. If so, the result is ‘do not proceed’ until the design gives the practitioner the decision.", YesNo),
        new(nameof(TriageAnswers.PredictsAboutIndividuals), "Impact", "Would the tool make predictions about individual children or families?", null, YesNo),
        new(nameof(TriageAnswers.ActsWithoutProfessional), "Impact", "Could the tool cause something to happen to a child or family before a professional has considered the evidence?", "If so, the result is ‘do not proceed’ until the design keeps a professional in the decision.", YesNo),
    ];

    public static IReadOnlyList<TriageOption> AffectedOptions { get; } =
    [
        new(nameof(AffectedGroups.ChildrenAndFamiliesInTheArea), "Children and families in the area"),
        new(nameof(AffectedGroups.CareExperiencedChildrenAndFamilies), "Care-experienced children and families"),
        new(nameof(AffectedGroups.AuthorityStaff), "Council staff"),
    ];

    public static string[] Sections { get; } = ["Novelty", "Users", "Data", "Impact"];

    public static string LabelFor(string key, string value) =>
        SingleChoice.Single(q => q.Key == key).Options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
}
