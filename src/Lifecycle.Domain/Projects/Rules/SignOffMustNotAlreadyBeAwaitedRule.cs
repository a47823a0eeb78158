
namespace Lifecycle.Domain.Projects;

public sealed class SignOffMustNotAlreadyBeAwaitedRule(Project project, SignOffKind kind) : IBusinessRule
{
    public bool IsBroken() => project.PendingRequest(kind) is { } pending && pending.Fingerprint == project.CurrentFingerprint(kind);

    public string Message => "it is not already waiting for a senior leader's decision";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "It is already waiting for a senior leader's decision: there is no need to submit it again";
}
