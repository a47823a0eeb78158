using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class AnalyticsTypeMustBeChosenRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.AnalyticsType is null;

    public string Message => "the type of analytics (descriptive, diagnostic or predictive) is chosen";
}
