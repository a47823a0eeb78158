using Lifecycle.Domain.Common;
using Lifecycle.Domain.Governance;

namespace Lifecycle.Domain.Projects;

public sealed class NotRequiredMustSayWhyRule(ImpactAssessmentDetails details) : IBusinessRule
{
    public bool IsBroken() => details.Status == ImpactAssessmentStatus.NotRequired && string.IsNullOrWhiteSpace(details.NotRequiredReason);

    public string Message => "an assessment recorded as not required says why";
}
