namespace Lifecycle.Domain.Common;

/// <summary>
/// The person making a change, named as they were at the time, and whether they act as their
/// organisation's administrator (only an administrator grants the roles that hold a project to account).
/// </summary>
public sealed record Actor(Guid PersonId, string Name, bool IsOrganisationAdministrator = false);
