namespace Lifecycle.Domain.Projects;

public sealed class AnalyticsTypeMustBeChosenRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.AnalyticsType is null;

    public string Message => "the type of analytics (descriptive, diagnostic or predictive) is chosen";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "No type of analytics has been chosen: choose descriptive, diagnostic or predictive on the solution page";
}
