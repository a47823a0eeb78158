using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Display;

/// <summary>Where each kind of sign-off is read (and, from there, decided), and what to call it in a list.</summary>
public static class SignOffLinks
{
    public static string Path(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "business-case",
        SignOffKind.GoLive => "go-live",
        SignOffKind.Retirement => "retirement",
        SignOffKind.ThresholdChange => "design",
        SignOffKind.PlanChange => "monitoring",
    };

    public static string Name(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "business case",
        SignOffKind.GoLive => "go-live",
        SignOffKind.Retirement => "retirement",
        SignOffKind.ThresholdChange => "changed accuracy thresholds",
        SignOffKind.PlanChange => "change to the live deployment plan",
    };
}
