using Lifecycle.Domain.Common;
using Lifecycle.Domain.Governance;

namespace Lifecycle.Domain.Projects;

public sealed class HighRiskNeedsIndependentOversightRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IsHighRisk && project.OversightMembers.All(m => m.Independence != Independence.Independent);

    public string Message => "the oversight group has an independent member, because the triage found the tool high risk";
}
