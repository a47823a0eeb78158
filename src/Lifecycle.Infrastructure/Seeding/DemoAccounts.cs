using Lifecycle.Domain.Projects;

namespace Lifecycle.Infrastructure.Seeding;

/// <summary>
/// The demo organisation's people, one per project role plus an administrator. Development only;
/// the shared password is stated in the README because these accounts hold no real data.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "demo-lifecycle-password";
    public const string OrganisationName = "Demo Borough Council";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("admin@demo.lifecycle.test", "Alex Admin", "Information governance lead", null, IsAdministrator: true),
        new("manager@demo.lifecycle.test", "Priya Manager", "Project manager", ProjectRole.ProjectManager),
        new("analyst@demo.lifecycle.test", "Dan Practitioner", "Senior data analyst", ProjectRole.DataPractitioner),
        new("leader@demo.lifecycle.test", "Sam Leader", "Director of children's services", ProjectRole.SeniorLeader),
        new("oversight@demo.lifecycle.test", "Olu Oversight", "Independent ethics adviser", ProjectRole.OversightMember),
        new("viewer@demo.lifecycle.test", "Vic Viewer", "Team manager, early help", ProjectRole.Viewer),
    ];
}

public sealed record DemoAccount(string Email, string DisplayName, string JobTitle, ProjectRole? Role, bool IsAdministrator = false);
