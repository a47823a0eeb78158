namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<OversightMember> _oversightMembers = [];
    private readonly List<OversightMeeting> _oversightMeetings = [];

    public IReadOnlyList<OversightMember> OversightMembers => _oversightMembers;

    public IReadOnlyList<OversightMeeting> OversightMeetings => _oversightMeetings;

    public void AddOversightMember(string name, string? organisation, string? expertise, Independence independence, Actor actor, DateTime at)
    {
        Rules.Check(new ProjectMustNotBeStoppedRule(this));
        var member = new OversightMember(Id, name, organisation, expertise, independence, at);
        _oversightMembers.Add(member);
        Record("OversightMemberAdded", member.Name, null, Snapshot.Of(new { member.Name, member.Organisation, member.Expertise, member.Independence }), actor, at);
    }

    public void RemoveOversightMember(Guid memberId, Actor actor, DateTime at)
    {
        Rules.Check(new ProjectMustNotBeStoppedRule(this));
        var member = _oversightMembers.SingleOrDefault(m => m.Id == memberId)
            ?? throw new ArgumentException("The project has no such oversight group member.", nameof(memberId));
        Rules.Check(new OversightGroupMustStayWhileInUseRule(this, member));
        _oversightMembers.Remove(member);
        Record("OversightMemberRemoved", member.Name, Snapshot.Of(new { member.Name, member.Organisation, member.Independence }), null, actor, at);
    }

    public void RecordOversightMeeting(DateOnly heldOn, string attendees, string decisions, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new DateMustNotBeInFutureRule(heldOn, at, "the date of the meeting"),
            NotBeforeWorkBegan(heldOn, "the date of the meeting"),
        ]);
        var meeting = new OversightMeeting(Id, heldOn, attendees, decisions, at);
        _oversightMeetings.Add(meeting);
        Record("OversightMeetingRecorded", $"Meeting on {heldOn:yyyy-MM-dd}", null, Snapshot.Of(new { meeting.Attendees, meeting.Decisions }), actor, at);
    }
}
