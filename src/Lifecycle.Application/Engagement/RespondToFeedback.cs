using Lifecycle.Domain.Engagement;

namespace Lifecycle.Application.Engagement;

/// <summary>A reply to an entry in the feedback and challenges register, and where it now stands.</summary>
/// <remarks><paramref name="StampSeen"/> is the item's <see cref="RecordStamps.FeedbackResponse"/> when the form was shown; without it the whole project must be as seen.</remarks>
public sealed record RespondToFeedback(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid FeedbackId, string Response, FeedbackStatus Status,
    string? StampSeen = null)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    /// <summary>Replies to different items both save; two replies to one item clash.</summary>
    public override ConflictScope Scope => StampSeen is { } stamp
        ? ConflictScope.Record(project => RecordStamps.FeedbackResponse(project, FeedbackId), stamp)
        : ConflictScope.WholeProject;
}

public sealed class RespondToFeedbackHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RespondToFeedback c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RespondToFeedback(c.FeedbackId, c.Response, c.Status, c.Actor, now), ct);
}
