namespace Lifecycle.Domain.Projects;

public sealed class WorkbookAnswerMustNotBeEmptyRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => "the answer is written";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The answer is empty: write an answer";
}
