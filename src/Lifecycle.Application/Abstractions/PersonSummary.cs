namespace Lifecycle.Application.Abstractions;

public sealed record PersonSummary(Guid Id, string DisplayName, string Email, string? JobTitle, bool IsOrganisationAdministrator, bool UsesTwoFactor = false, bool WantsProjectEmails = true);
