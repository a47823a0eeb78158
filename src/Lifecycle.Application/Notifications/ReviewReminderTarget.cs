namespace Lifecycle.Application.Notifications;

/// <summary>A live project whose monitoring review is close or late, with who to remind.</summary>
public sealed record ReviewReminderTarget(Guid ProjectId, Guid OrganisationId, string ProjectName, DateOnly DueOn, IReadOnlyList<Guid> ManagerIds, string? MonitoringOwner);
