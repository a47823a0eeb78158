using Lifecycle.Domain.Projects;

namespace Lifecycle.Web.Display;

/// <summary>Words and GOV.UK tag colours for derived statuses.</summary>
public static class StatusTags
{
    public static (string Text, string? TagClass) For(StageStatus status) => status switch
    {
        StageStatus.Completed => ("Completed", null),
        StageStatus.InProgress => ("In progress", "govuk-tag--light-blue"),
        StageStatus.NotYetStarted => ("Not yet started", "govuk-tag--blue"),
        StageStatus.CannotStartYet => ("Cannot start yet", "govuk-tag--grey"),
    };

    public static (string Text, string TagClass) For(ProjectStatus status) => status switch
    {
        ProjectStatus.Active => ("Active", "govuk-tag--green"),
        ProjectStatus.OnHold => ("On hold", "govuk-tag--yellow"),
        ProjectStatus.Stopped => ("Stopped", "govuk-tag--red"),
    };

    public static (string Text, string TagClass) For(ChecklistOutcome outcome) => outcome switch
    {
        ChecklistOutcome.Done => ("Done", "govuk-tag--green"),
        ChecklistOutcome.NotApplicable => ("Not applicable", "govuk-tag--grey"),
        ChecklistOutcome.Open => ("To do", "govuk-tag--blue"),
    };

    public static string AppliesWhen(Lifecycle.Domain.Framework.Applicability applicability) => applicability switch
    {
        Lifecycle.Domain.Framework.Applicability.Always => "Every project",
        Lifecycle.Domain.Framework.Applicability.PredictiveOnly => "Predictive tools only",
        Lifecycle.Domain.Framework.Applicability.ThirdPartyOnly => "When a third party is involved",
        Lifecycle.Domain.Framework.Applicability.HighRiskOnly => "High-risk tools only",
    };
}
