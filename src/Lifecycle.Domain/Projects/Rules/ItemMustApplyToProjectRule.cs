
namespace Lifecycle.Domain.Projects;

public sealed class ItemMustApplyToProjectRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    public bool IsBroken() => !item.AppliesTo(project.Facts);

    public string Message => item.AppliesWhen switch
    {
        Applicability.PredictiveOnly => $"{item.Code} applies only to predictive tools",
        Applicability.ThirdPartyOnly => $"{item.Code} applies only when a third party is involved",
        Applicability.HighRiskOnly => $"{item.Code} applies only to high-risk tools",
        Applicability.IndependentScrutinyOnly => $"{item.Code} applies only to tools that need independent scrutiny (high risk, novel, or low in-house skill)",
        Applicability.Always => $"{item.Code} applies to every project",
    };

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{Message}, so it cannot be recorded for this project";
}
