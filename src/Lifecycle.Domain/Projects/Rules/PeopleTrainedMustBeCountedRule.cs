using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class PeopleTrainedMustBeCountedRule(int peopleTrained) : IBusinessRule
{
    public bool IsBroken() => peopleTrained < 1;

    public string Message => "at least one person was trained";
}
