using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class BusinessCaseMustBeWrittenRule(Project project) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(project.BusinessCase?.Details.ProblemAndRationale);

    public string Message => "the business case sets out the problem and the rationale";
}
