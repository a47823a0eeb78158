
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Some checklist items are about a record the app keeps: they can be ticked only once that record
/// exists, so the tick points at something a reviewer can open (items 4.4 and 4.5: the equality and children's rights impact assessments of a high-risk tool).
/// </summary>
public sealed class ItemMustHaveItsRecordRule(Project project, ChecklistItemDefinition item) : IBusinessRule
{
    private static readonly Dictionary<string, ImpactAssessmentKind> Assessments = new(StringComparer.Ordinal)
    {
        ["4.4"] = ImpactAssessmentKind.Equality,
        ["4.5"] = ImpactAssessmentKind.ChildrensRights,
    };

    public bool IsBroken() =>
        Assessments.TryGetValue(item.Code, out var kind) && project.StandardAssessment(kind)?.Status is null or ImpactAssessmentStatus.NotStarted;

    public string Message => Assessments.TryGetValue(item.Code, out var kind)
        ? $"{item.Code} is done only once the {ImpactAssessmentText.StandardTitle(kind)} is recorded as started (or not required, with a reason) in the impact assessment register"
        : $"{item.Code} has its record";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Assessments.TryGetValue(item.Code, out var kind)
        ? $"{item.Code} can be done only once the {ImpactAssessmentText.StandardTitle(kind)} is started, or recorded as not required with a reason, in the impact assessment register: record it there first"
        : $"{item.Code} needs its record first";
}
