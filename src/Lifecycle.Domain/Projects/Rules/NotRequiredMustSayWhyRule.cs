
namespace Lifecycle.Domain.Projects;

public sealed class NotRequiredMustSayWhyRule(ImpactAssessmentDetails details) : IBusinessRule
{
    public bool IsBroken() => details.Status == ImpactAssessmentStatus.NotRequired && string.IsNullOrWhiteSpace(details.NotRequiredReason);

    public string Message => "an assessment recorded as not required says why";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Say why the assessment is not required";
}
