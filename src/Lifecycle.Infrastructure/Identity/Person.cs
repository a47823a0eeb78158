using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>A person who signs in. Belongs to exactly one organisation.</summary>
public sealed class Person : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public string? JobTitle { get; set; }

    public Guid OrganisationId { get; set; }

    public bool IsOrganisationAdministrator { get; set; }

    /// <summary>
    /// May list the organisations on this instance and add new ones (a regional partnership hosting
    /// several councils). Granted only by the setup command; gives no access to any organisation's projects.
    /// </summary>
    public bool IsServiceAdministrator { get; set; }

    /// <summary>
    /// Emails about their projects (sign-offs waiting or decided, reviews due, challenges raised). A person
    /// can turn these off; security emails (invitations, password resets) are always sent.
    /// </summary>
    public bool WantsProjectEmails { get; set; } = true;
}
