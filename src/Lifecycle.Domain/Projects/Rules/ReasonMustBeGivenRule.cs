using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class ReasonMustBeGivenRule(string? reason, string whatFor) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => $"a reason is given explaining {whatFor}";
}
