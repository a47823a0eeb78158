using Lifecycle.Domain.Common;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Domain.Projects;

public sealed class SignOffMustNotAlreadyBeAwaitedRule(Project project, SignOffKind kind) : IBusinessRule
{
    public bool IsBroken() => project.PendingRequest(kind) is { } pending && pending.Fingerprint == project.CurrentFingerprint(kind);

    public string Message => "it is not already waiting for a senior leader's decision";
}
