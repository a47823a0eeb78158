
namespace Lifecycle.Domain.Projects;

public sealed class SignOffMustBeAwaitedRule(SignOffRequest? request) : IBusinessRule
{
    public bool IsBroken() => request is null;

    public string Message => "it has been submitted for sign-off and is waiting for a decision";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Nothing is waiting for a decision: it must be submitted for sign-off first";
}
