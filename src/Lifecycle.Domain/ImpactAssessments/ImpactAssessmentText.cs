namespace Lifecycle.Domain.ImpactAssessments;

public static class ImpactAssessmentText
{
    public static IReadOnlyList<ImpactAssessmentKind> Standard { get; } =
        [ImpactAssessmentKind.DataProtection, ImpactAssessmentKind.Equality, ImpactAssessmentKind.ChildrensRights];

    public static string StandardTitle(ImpactAssessmentKind kind) => kind switch
    {
        ImpactAssessmentKind.DataProtection => "Data protection impact assessment (DPIA)",
        ImpactAssessmentKind.Equality => "Equality impact assessment",
        ImpactAssessmentKind.ChildrensRights => "Children's rights impact assessment",
        ImpactAssessmentKind.Other => "Other impact assessment",
    };

    public static string DisplayName(this ImpactAssessmentStatus status) => status switch
    {
        ImpactAssessmentStatus.NotStarted => "Not started",
        ImpactAssessmentStatus.InProgress => "In progress",
        ImpactAssessmentStatus.Complete => "Complete",
        ImpactAssessmentStatus.NotRequired => "Not required",
    };
}
