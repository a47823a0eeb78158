using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>A person who signs in. Belongs to exactly one organisation.</summary>
public sealed class Person : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public string? JobTitle { get; set; }

    public Guid OrganisationId { get; set; }

    public bool IsOrganisationAdministrator { get; set; }
}
