namespace Lifecycle.Domain.Projects;

public sealed class TriageMustBeCompleteRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.LatestTriage is null;

    public string Message => "the ethics triage is complete";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The ethics triage is not complete: finish it on the triage page";
}
