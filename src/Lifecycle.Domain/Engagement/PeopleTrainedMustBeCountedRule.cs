namespace Lifecycle.Domain.Projects;

public sealed class PeopleTrainedMustBeCountedRule(int peopleTrained) : IBusinessRule
{
    public bool IsBroken() => peopleTrained < 1;

    public string Message => "at least one person was trained";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Enter how many people were trained: at least 1";
}
