using Lifecycle.Domain.Common;
using Lifecycle.Domain.Governance;

namespace Lifecycle.Domain.Projects;

public sealed class DpiaMustBeStartedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.StandardAssessment(ImpactAssessmentKind.DataProtection)?.Status is null or ImpactAssessmentStatus.NotStarted;

    public string Message => "the data protection impact assessment (DPIA) is in progress, complete, or recorded as not required with a reason";
}
