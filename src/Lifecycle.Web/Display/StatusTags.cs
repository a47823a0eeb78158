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
        ProjectStatus.Retired => ("Retired", "govuk-tag--grey"),
    };

    public static (string Text, string TagClass) For(ChecklistOutcome outcome) => outcome switch
    {
        ChecklistOutcome.Done => ("Done", "govuk-tag--green"),
        ChecklistOutcome.NotApplicable => ("Not applicable", "govuk-tag--grey"),
        ChecklistOutcome.Open => ("To do", "govuk-tag--blue"),
    };

    public static (string Text, string TagClass) For(Lifecycle.Domain.SignOffs.ApprovalState state) => state switch
    {
        Lifecycle.Domain.SignOffs.ApprovalState.Approved => ("Approved", "govuk-tag--green"),
        Lifecycle.Domain.SignOffs.ApprovalState.AwaitingDecision => ("Waiting for a senior leader", "govuk-tag--blue"),
        Lifecycle.Domain.SignOffs.ApprovalState.Rejected => ("Rejected", "govuk-tag--red"),
        Lifecycle.Domain.SignOffs.ApprovalState.ApprovalNoLongerMatches => ("Changed since it was approved", "govuk-tag--orange"),
        Lifecycle.Domain.SignOffs.ApprovalState.NotSubmitted => ("Not submitted", "govuk-tag--grey"),
    };

    public static (string Text, string TagClass) For(Lifecycle.Domain.Risks.RiskRating rating) => rating switch
    {
        Lifecycle.Domain.Risks.RiskRating.VeryHigh => ("Very high", "govuk-tag--red"),
        Lifecycle.Domain.Risks.RiskRating.High => ("High", "govuk-tag--orange"),
        Lifecycle.Domain.Risks.RiskRating.Medium => ("Medium", "govuk-tag--yellow"),
        Lifecycle.Domain.Risks.RiskRating.Low => ("Low", "govuk-tag--green"),
    };

    public static string Verdict(Lifecycle.Domain.Testing.ValidationVerdict verdict) => verdict switch
    {
        Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive => "Supports going live",
        Lifecycle.Domain.Testing.ValidationVerdict.SupportsWithConditions => "Supports going live with conditions",
        Lifecycle.Domain.Testing.ValidationVerdict.DoesNotSupport => "Does not support going live",
    };

    public static string AppliesWhen(Lifecycle.Domain.Framework.Applicability applicability) => applicability switch
    {
        Lifecycle.Domain.Framework.Applicability.Always => "Every project",
        Lifecycle.Domain.Framework.Applicability.PredictiveOnly => "Predictive tools only",
        Lifecycle.Domain.Framework.Applicability.ThirdPartyOnly => "When a third party is involved",
        Lifecycle.Domain.Framework.Applicability.HighRiskOnly => "High-risk tools only",
        Lifecycle.Domain.Framework.Applicability.IndependentScrutinyOnly => "High-risk or novel tools, or low in-house skill",
    };
}
