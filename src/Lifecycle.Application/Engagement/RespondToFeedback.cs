using Lifecycle.Domain.Engagement;

namespace Lifecycle.Application.Engagement;

/// <summary>A reply to an entry in the feedback and challenges register, and where it now stands.</summary>
public sealed record RespondToFeedback(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid FeedbackId, string Response, FeedbackStatus Status)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RespondToFeedbackHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RespondToFeedback c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RespondToFeedback(c.FeedbackId, c.Response, c.Status, c.Actor, now), ct);
}
