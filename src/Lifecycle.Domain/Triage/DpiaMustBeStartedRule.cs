
namespace Lifecycle.Domain.Projects;

public sealed class DpiaMustBeStartedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.StandardAssessment(ImpactAssessmentKind.DataProtection)?.Status is null or ImpactAssessmentStatus.NotStarted;

    public string Message => "the data protection impact assessment (DPIA) is in progress, complete, or recorded as not required with a reason";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The data protection impact assessment (DPIA) has not been started: start it, or record why it is not required, on the impact assessments page";
}
