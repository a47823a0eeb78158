
namespace Lifecycle.Domain.Projects;

/// <summary>Four eyes: nobody approves what they submitted.</summary>
public sealed class DeciderMustNotBeSubmitterRule(SignOffRequest? request, Guid personId) : IBusinessRule
{
    public bool IsBroken() => request?.RequestedById == personId;

    public string Message => "the decision is made by someone other than the person who submitted it";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "You submitted this, so someone else must decide on it: ask another senior leader on the project";
}
