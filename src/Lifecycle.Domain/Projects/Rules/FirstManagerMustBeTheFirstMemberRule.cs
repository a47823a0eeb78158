namespace Lifecycle.Domain.Projects;

public sealed class FirstManagerMustBeTheFirstMemberRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.Members.Count > 0;

    public string Message => "the first project manager is named when the project is registered: add later managers on the team page";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
