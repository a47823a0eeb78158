
namespace Lifecycle.Domain.Projects;

/// <summary>Once a triage is done, its risk level alone says whether the tool is high risk.</summary>
public sealed class HighRiskMustMatchTriageRule(Project project, ApplicabilityFacts proposed) : IBusinessRule
{
    public bool IsBroken() => project.LatestTriage is not null && proposed.IsHighRisk != project.IsHighRisk;

    public string Message => "whether the tool is high risk is decided by the ethics triage: redo the triage to change it";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
