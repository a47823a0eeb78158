using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Display;

/// <summary>Where each kind of sign-off is read and where it is decided (by page name), and what to call it in a list.</summary>
public static class SignOffLinks
{
    /// <summary>The page that shows what was submitted and its outcome; senior leaders go on from it to decide.</summary>
    public static string ReadPage(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "/Projects/BusinessCase/Index",
        SignOffKind.GoLive => "/Projects/GoLive/Index",
        SignOffKind.Retirement => "/Projects/Retirement/Index",
        SignOffKind.ThresholdChange => "/Projects/Design/Index",
        SignOffKind.PlanChange => "/Projects/Monitoring/Index",
        SignOffKind.TriageChange => "/Projects/Triage/Index",
        SignOffKind.ScrutinyRelease => "/Projects/Capability/Maturity",
        SignOffKind.UngroupedResults => "/Projects/Design/Index",
    };

    public static string DecisionPage(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "/Projects/BusinessCase/Decision",
        SignOffKind.GoLive => "/Projects/GoLive/Decision",
        SignOffKind.Retirement => "/Projects/Retirement/Decision",
        SignOffKind.ThresholdChange => "/Projects/Thresholds/Decision",
        SignOffKind.PlanChange => "/Projects/GoLive/PlanDecision",
        SignOffKind.TriageChange => "/Projects/Triage/Decision",
        SignOffKind.ScrutinyRelease => "/Projects/Capability/ScrutinyDecision",
        SignOffKind.UngroupedResults => "/Projects/Thresholds/UngroupedDecision",
    };

    public static string Name(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "business case",
        SignOffKind.GoLive => "go-live",
        SignOffKind.Retirement => "retirement",
        SignOffKind.ThresholdChange => "changed accuracy thresholds",
        SignOffKind.PlanChange => "change to the live deployment plan",
        SignOffKind.TriageChange => "redone ethics triage",
        SignOffKind.ScrutinyRelease => "release of independent scrutiny for low skill",
        SignOffKind.UngroupedResults => "results not judged by group",
    };

    /// <summary>The name as a heading or the start of a line: "Go-live".</summary>
    public static string Title(SignOffKind kind) => string.Concat(Name(kind)[..1].ToUpperInvariant(), Name(kind)[1..]);
}
