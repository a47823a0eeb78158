
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Before go-live the DPIA is complete (or recorded as not required, with a reason), and it has been
/// saved again since the latest change of scope.
/// </summary>
public sealed class DpiaMustBeCompleteRule(Project project) : IBusinessRule
{
    private ImpactAssessment? Dpia => project.StandardAssessment(ImpactAssessmentKind.DataProtection);

    private bool IsDone => Dpia?.Status is ImpactAssessmentStatus.Complete or ImpactAssessmentStatus.NotRequired;

    private bool PredatesScopeChange => project.LatestScopeChange is { } change && Dpia is { } dpia && dpia.LastLookedAt < change.RecordedAt;

    public bool IsBroken() => !IsDone || PredatesScopeChange;

    public string Message => !IsDone
        ? "the data protection impact assessment (DPIA) is complete, or recorded as not required with a reason: record its completion on the impact assessments page"
        : "the data protection impact assessment (DPIA) has been looked at again since the latest change of scope: save it on the impact assessments page once it is reviewed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => !IsDone
        ? "The data protection impact assessment (DPIA) is not complete: record its completion, or why it is not required, on the impact assessments page"
        : "The data protection impact assessment (DPIA) has not been looked at again since the latest change of scope: save it on the impact assessments page once it is reviewed";
}
