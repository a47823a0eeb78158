namespace Lifecycle.Domain.Projects;

public sealed class TransparencyRecordMustBeArchivedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.TransparencyArchivedOn is null;

    public string Message => "the date the transparency record was archived is recorded";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The date the transparency record was archived is not recorded: record it on the retirement page";
}
