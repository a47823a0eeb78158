using Lifecycle.Domain.Projects;
using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Infrastructure.Seeding;

public enum ScaleRole
{
    Admin,
    Manager,
    Analyst,
    Leader,
}

/// <summary>One scale-seeded organisation and its four people, who hold the same roles on every one of its projects.</summary>
internal sealed record ScaleTeam(Guid OrganisationId, string OrganisationName, IReadOnlyList<Person> People)
{
    public static readonly IReadOnlyList<ScaleRole> Roles = Enum.GetValues<ScaleRole>();

    public static readonly IReadOnlyList<(ScaleRole Role, ProjectRole ProjectRole)> ProjectRoles =
    [
        (ScaleRole.Manager, ProjectRole.ProjectManager),
        (ScaleRole.Analyst, ProjectRole.DataPractitioner),
        (ScaleRole.Leader, ProjectRole.SeniorLeader),
    ];

    public Person Person(ScaleRole role) => People[(int)role];

    public Actor Actor(ScaleRole role) => new(Person(role).Id, Person(role).DisplayName, IsOrganisationAdministrator: role == ScaleRole.Admin);
}
