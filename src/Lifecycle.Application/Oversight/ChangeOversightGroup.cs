using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Application.Oversight;

public sealed record AddOversightMember(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, string Name, string? Organisation, string? Expertise, Independence Independence)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RemoveOversightMember(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid MemberId)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordOversightMeeting(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, DateOnly HeldOn, string Attendees, string Decisions)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>The oversight group's membership and meetings.</summary>
public sealed class ChangeOversightGroupHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(AddOversightMember request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
            project.AddOversightMember(request.Name, request.Organisation, request.Expertise, request.Independence, request.Actor, now), cancellationToken);

    public Task HandleAsync(RemoveOversightMember request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
        {
            if (project.OversightMembers.All(m => m.Id != request.MemberId))
            {
                throw new NotFoundException("Oversight group member");
            }

            project.RemoveOversightMember(request.MemberId, request.Actor, now);
        }, cancellationToken);

    public Task HandleAsync(RecordOversightMeeting request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
            project.RecordOversightMeeting(request.HeldOn, request.Attendees, request.Decisions, request.Actor, now), cancellationToken);
}
