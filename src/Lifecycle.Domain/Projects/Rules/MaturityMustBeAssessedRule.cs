using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class MaturityMustBeAssessedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.MaturityResult is null;

    public string Message => "the data maturity self-assessment is complete";
}
