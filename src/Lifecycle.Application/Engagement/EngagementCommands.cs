using Lifecycle.Application.Notifications;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Engagement;

namespace Lifecycle.Application.Engagement;

public sealed record RecordFeedback(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    FeedbackKind Kind, string? RaisedBy, DateOnly RaisedOn, string About, string Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RespondToFeedback(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    Guid FeedbackId, string Response, FeedbackStatus Status)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordEngagement(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    DateOnly HeldOn, string Stakeholders, string Method, string WhatWeHeard)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordTraining(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    DateOnly DeliveredOn, string Audience, int PeopleTrained, string Content)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>The feedback and challenges register, stakeholder engagement and training records.</summary>
public sealed class EngagementHandler(ProjectCommandRunner runner, ProjectEmails emails)
{
    /// <summary>A challenge is emailed to the project managers, who must respond to it.</summary>
    public Task HandleAsync(RecordFeedback c, CancellationToken ct)
    {
        FeedbackItem? recorded = null;
        return runner.RunAsync(c, (p, now) => recorded = p.RecordFeedback(c.Kind, c.RaisedBy, c.RaisedOn, c.About, c.Details, c.Actor, now), ct,
            (p, token) => emails.ChallengeRaisedAsync(p, recorded!, c.Actor.PersonId, token));
    }

    public Task HandleAsync(RespondToFeedback c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RespondToFeedback(c.FeedbackId, c.Response, c.Status, c.Actor, now), ct);

    public Task HandleAsync(RecordEngagement c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordEngagement(c.HeldOn, c.Stakeholders, c.Method, c.WhatWeHeard, c.Actor, now), ct);

    public Task HandleAsync(RecordTraining c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordTraining(c.DeliveredOn, c.Audience, c.PeopleTrained, c.Content, c.Actor, now), ct);
}
