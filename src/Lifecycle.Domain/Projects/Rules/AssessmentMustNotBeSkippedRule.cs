
namespace Lifecycle.Domain.Projects;

/// <summary>
/// An assessment the facts call for cannot be recorded as not required: the DPIA when the triage says the tool uses
/// personal data about children or families, the equality and children's rights assessments when the tool is high risk.
/// </summary>
public sealed class AssessmentMustNotBeSkippedRule(Project project, ImpactAssessmentKind kind, ImpactAssessmentStatus status) : IBusinessRule
{
    private string? Why => kind switch
    {
        ImpactAssessmentKind.DataProtection when project.LatestTriage?.Answers.UsesPersonalData == true =>
            "the ethics triage says the tool uses personal data about children or families",
        ImpactAssessmentKind.Equality or ImpactAssessmentKind.ChildrensRights when project.IsHighRisk => "the tool is high risk",
        _ => null,
    };

    public bool IsBroken() => status == ImpactAssessmentStatus.NotRequired && Why is not null;

    public string Message => $"the {ImpactAssessmentText.StandardTitle(kind)} is not recorded as not required when {Why ?? "the facts call for it"}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The {ImpactAssessmentText.StandardTitle(kind)} is required because {Why ?? "the facts call for it"}: record it as not started, in progress or complete";
}
