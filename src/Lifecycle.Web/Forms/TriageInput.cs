using Lifecycle.Domain.Triage;

namespace Lifecycle.Web.Forms;

public sealed class TriageInput
{
    public Dictionary<string, string?> Answers { get; set; } = [];

    public List<string> Affected { get; set; } = [];

    public static TriageInput From(TriageAnswers a) => new()
    {
        Answers = new()
        {
            [nameof(a.UsedHereBefore)] = a.UsedHereBefore.ToString(),
            [nameof(a.UsedElsewhere)] = a.UsedElsewhere.ToString(),
            [nameof(a.SimilarToolsControversial)] = a.SimilarToolsControversial.ToString(),
            [nameof(a.UsersExperience)] = a.UsersExperience.ToString(),
            [nameof(a.DataQuality)] = a.DataQuality.ToString(),
            [nameof(a.PersonalData)] = a.PersonalData.ToString(),
            [nameof(a.SimilarToolsBiasAssessed)] = a.SimilarToolsBiasAssessed.ToString(),
            [nameof(a.LittleRoomForProfessionalJudgement)] = a.LittleRoomForProfessionalJudgement ? "Yes" : "No",
            [nameof(a.PredictsAboutIndividuals)] = a.PredictsAboutIndividuals ? "Yes" : "No",
            [nameof(a.ActsWithoutProfessional)] = a.ActsWithoutProfessional ? "Yes" : "No",
        },
        Affected = Enum.GetValues<AffectedGroups>().Where(g => g != AffectedGroups.None && a.Affected.HasFlag(g)).Select(g => g.ToString()).ToList(),
    };

    public TriageAnswers ToAnswers() => new(
        Parse<PriorUse>(nameof(TriageAnswers.UsedHereBefore)),
        Parse<PriorUse>(nameof(TriageAnswers.UsedElsewhere)),
        Parse<Controversy>(nameof(TriageAnswers.SimilarToolsControversial)),
        Parse<UserExperience>(nameof(TriageAnswers.UsersExperience)),
        Parse<DataQualityUnderstanding>(nameof(TriageAnswers.DataQuality)),
        Parse<PersonalDataScale>(nameof(TriageAnswers.PersonalData)),
        Parse<BiasAssessment>(nameof(TriageAnswers.SimilarToolsBiasAssessed)),
        Affected.Select(Enum.Parse<AffectedGroups>).Aggregate(AffectedGroups.None, (all, g) => all | g),
        Answers[nameof(TriageAnswers.LittleRoomForProfessionalJudgement)] == "Yes",
        Answers[nameof(TriageAnswers.PredictsAboutIndividuals)] == "Yes",
        Answers[nameof(TriageAnswers.ActsWithoutProfessional)] == "Yes");

    public string? ValueOf(string key) => Answers.GetValueOrDefault(key);

    private TEnum Parse<TEnum>(string key)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(Answers[key]!);
}

public sealed class TriageInputValidator : AbstractValidator<TriageInput>
{
    public TriageInputValidator()
    {
        foreach (var question in TriageQuestions.SingleChoice)
        {
            RuleFor(x => x.ValueOf(question.Key))
                .Must(v => question.Options.Any(o => o.Value == v))
                .WithName($"Answers[{question.Key}]")
                .OverridePropertyName($"Answers[{question.Key}]")
                .WithMessage($"Answer: {question.Legend}");
        }

        RuleFor(x => x.Affected).Must(a => a.Count > 0).WithMessage("Select who the tool would directly affect")
            .Must(a => a.All(v => TriageQuestions.AffectedOptions.Any(o => o.Value == v))).WithMessage("Select only the options listed");
    }

}
