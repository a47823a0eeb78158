using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class ExternalValidationMustBeRecordedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.ExternalValidations.Count == 0;

    public string Message => "an expert outside the team has validated the tool";
}
