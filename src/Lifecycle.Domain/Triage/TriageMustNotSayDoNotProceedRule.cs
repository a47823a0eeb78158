namespace Lifecycle.Domain.Projects;

/// <summary>A tool that would act on children or families without a professional considering the evidence is a red line.</summary>
public sealed class TriageMustNotSayDoNotProceedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.LatestTriage?.Outcome.DoNotProceed == true;

    public string Message => "the triage no longer says ‘do not proceed’: redesign the tool so a professional always considers the evidence before anything happens to a child or family, then redo the triage";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The triage says ‘do not proceed’: redesign the tool so a professional always considers the evidence before anything happens to a child or family, then redo the triage";
}
