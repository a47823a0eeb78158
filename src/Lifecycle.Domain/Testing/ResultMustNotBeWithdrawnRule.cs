
namespace Lifecycle.Domain.Projects;

public sealed class ResultMustNotBeWithdrawnRule(JudgedResult result) : IBusinessRule
{
    public bool IsBroken() => result.Withdrawal is not null;

    public string Message => $"{result.Title} has been withdrawn, so it can no longer be changed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
