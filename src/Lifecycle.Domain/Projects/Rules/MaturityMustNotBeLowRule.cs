using Lifecycle.Domain.Assessments;
using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class MaturityMustNotBeLowRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.MaturityResult == MaturityLevel.Low;

    public string Message => "data maturity is above low: improve how data is managed, governed and used before choosing a solution";
}
