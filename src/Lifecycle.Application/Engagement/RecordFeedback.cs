using Lifecycle.Application.Notifications;
using Lifecycle.Domain.Engagement;

namespace Lifecycle.Application.Engagement;

/// <summary>An entry in the feedback and challenges register.</summary>
public sealed record RecordFeedback(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    FeedbackKind Kind, string? RaisedBy, DateOnly RaisedOn, string About, string Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    public override ConflictScope Scope => ConflictScope.NewRecord;
}

public sealed class RecordFeedbackHandler(ProjectCommandRunner runner, ProjectEmails emails)
{
    /// <summary>A challenge is emailed to the project managers, who must respond to it.</summary>
    public Task HandleAsync(RecordFeedback c, CancellationToken ct)
    {
        FeedbackItem? recorded = null;
        return runner.RunAsync(c, (p, now) => recorded = p.RecordFeedback(c.Kind, c.RaisedBy, c.RaisedOn, c.About, c.Details, c.Actor, now), ct,
            (p, token) => emails.ChallengeRaisedAsync(p, recorded!, c.Actor.PersonId, token));
    }
}
