namespace Lifecycle.Domain.SignOffs;

public static class SignOffKindText
{
    /// <summary>What a sign-off of this kind approves, as the object of a sentence.</summary>
    public static string Subject(this SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "the business case",
        SignOffKind.GoLive => "go-live (the deployment plan and what it rests on)",
        SignOffKind.Retirement => "retiring the tool",
        SignOffKind.ThresholdChange => "the changed accuracy thresholds",
        SignOffKind.PlanChange => "the change to the live tool's deployment plan",
        SignOffKind.TriageChange => "the redone ethics triage that lowers the risk or removes a red line",
        SignOffKind.ScrutinyRelease => "no longer needing independent scrutiny for low in-house analytical skill",
        SignOffKind.UngroupedResults => "the reason the tool's results cannot be judged by group of children",
    };
}
