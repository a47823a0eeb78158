
namespace Lifecycle.Domain.Projects;

/// <summary>Once stage 3's solution is chosen, it alone says whether the tool predicts and who builds it.</summary>
public sealed class FactsMustMatchChosenSolutionRule(Project project, ApplicabilityFacts proposed) : IBusinessRule
{
    public bool IsBroken() =>
        project.AnalyticsType is { } type
        && (proposed.IsPredictive != (type == AnalyticsType.Predictive) || proposed.InvolvesThirdParty != project.InvolvesThirdParty);

    public string Message => "whether the tool predicts, and whether a third party is involved, are changed on the solution page: they were decided when the solution was chosen";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Whether the tool predicts, and whether a third party is involved, were decided when the solution was chosen: change them on the solution page";
}
