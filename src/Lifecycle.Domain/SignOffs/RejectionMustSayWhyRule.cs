
namespace Lifecycle.Domain.Projects;

public sealed class RejectionMustSayWhyRule(Decision decision, string? comment) : IBusinessRule
{
    public bool IsBroken() => decision == Decision.Rejected && string.IsNullOrWhiteSpace(comment);

    public string Message => "a rejection says why, so the team knows what to change";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Say why you are rejecting it, so the team knows what to change";
}
