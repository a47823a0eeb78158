using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Delivery;
using Lifecycle.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Delivery;

public sealed record RecordDevelopmentSafeguards(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DevelopmentSafeguards Safeguards)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordDeploymentPlan(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DeploymentPlan Plan)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record SaveTransparencyEntries(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, IReadOnlyDictionary<string, string?> Values)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>The domain works out which fields are still empty; the record names the organisation, so its name is looked up here.</summary>
public sealed record ConfirmTransparencyRecord(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record ArchiveTransparencyRecord(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DateOnly ArchivedOn)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordMonitoringReview(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, MonitoringReviewDetails Details, IReadOnlyList<GroupCounts> Groups)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordScopeChange(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, string WhatChanged, string Why)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record ProposeRetirement(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, string? Reasons)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Stages 6 to 10: safeguards, going live, monitoring, scope changes and retirement.</summary>
public sealed class DeliveryHandler(ProjectCommandRunner runner, Abstractions.ILifecycleDbContext db)
{
    public Task HandleAsync(RecordDevelopmentSafeguards c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordDevelopmentSafeguards(c.Safeguards, c.Actor, now), ct);

    public Task HandleAsync(RecordDeploymentPlan c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordDeploymentPlan(c.Plan, c.Actor, now), ct);

    public Task HandleAsync(SaveTransparencyEntries c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.SaveTransparencyEntries(c.Values, c.Actor, now), ct);

    public async Task HandleAsync(ConfirmTransparencyRecord c, CancellationToken ct)
    {
        var organisation = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        await runner.RunAsync(c, (p, now) => p.ConfirmTransparencyRecord(organisation, c.Actor, now), ct);
    }

    public Task HandleAsync(ArchiveTransparencyRecord c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.ArchiveTransparencyRecord(c.ArchivedOn, c.Actor, now), ct);

    public Task HandleAsync(RecordMonitoringReview c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordMonitoringReview(c.Details, c.Groups, c.Actor, now), ct);

    public Task HandleAsync(RecordScopeChange c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordScopeChange(c.WhatChanged, c.Why, c.Actor, now), ct);

    public Task HandleAsync(ProposeRetirement c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.ProposeRetirement(c.Reasons, c.Actor, now), ct);
}
