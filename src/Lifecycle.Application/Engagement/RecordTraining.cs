namespace Lifecycle.Application.Engagement;

/// <summary>Training given to the people who will use the tool.</summary>
public sealed record RecordTraining(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DateOnly DeliveredOn, string Audience, int PeopleTrained, string Content)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    public override ConflictScope Scope => ConflictScope.NewRecord;
}

public sealed class RecordTrainingHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordTraining c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordTraining(c.DeliveredOn, c.Audience, c.PeopleTrained, c.Content, c.Actor, now), ct);
}
