namespace Lifecycle.Domain.Projects;

/// <summary>
/// Four eyes: whoever decides took no part in what they decide, so they hold neither the project manager's nor the
/// data practitioner's role on the project.
/// </summary>
public sealed class DeciderMustHaveTakenNoPartRule(Project project, Guid personId) : IBusinessRule
{
    private List<ProjectRole> PartsTaken =>
        project.RolesOf(personId).Where(role => role is ProjectRole.ProjectManager or ProjectRole.DataPractitioner).ToList();

    public bool IsBroken() => PartsTaken.Count > 0;

    public string Message => "the decision is made by someone who is neither the project manager nor a data practitioner on this project";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal =>
        $"You are {string.Join(" and ", PartsTaken.Select(r => r.DisplayName().ToLowerInvariant()))} on this project, so you took part in what is being decided: ask another senior leader";
}
