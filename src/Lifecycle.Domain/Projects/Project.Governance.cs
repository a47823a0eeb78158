using Lifecycle.Domain.Governance;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<ImpactAssessment> _impactAssessments = [];
    private readonly List<OversightMember> _oversightMembers = [];
    private readonly List<OversightMeeting> _oversightMeetings = [];

    public IReadOnlyList<ImpactAssessment> ImpactAssessments => _impactAssessments;

    public IReadOnlyList<OversightMember> OversightMembers => _oversightMembers;

    public IReadOnlyList<OversightMeeting> OversightMeetings => _oversightMeetings;

    public ImpactAssessment? StandardAssessment(ImpactAssessmentKind kind) => _impactAssessments.FirstOrDefault(a => a.Kind == kind);

    /// <summary>
    /// Records a standard assessment (created on first save) or an existing one by id; with neither,
    /// adds another assessment the team names itself.
    /// </summary>
    public Guid SaveImpactAssessment(Guid? id, ImpactAssessmentKind kind, ImpactAssessmentDetails details, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new NotRequiredMustSayWhyRule(details),
            new ReasonMustBeActionableRule(details.Status == ImpactAssessmentStatus.NotRequired ? details.NotRequiredReason : null, "why the assessment is not required",
                GivenReasons(exceptAssessment: id ?? (kind == ImpactAssessmentKind.Other ? null : StandardAssessment(kind)?.Id))),
            new AssessmentMustNotBeSkippedRule(this, kind, details.Status),
            .. details.CompletedOn is { } completedOn
                ? new IBusinessRule[] { new DateMustNotBeInFutureRule(completedOn, at, "the date the assessment was completed"), NotBeforeWorkBegan(completedOn, "the date the assessment was completed") }
                : [],
            new ReviewMustFollowCompletionRule(details),
        ]);

        var existing = id is { } known
            ? _impactAssessments.SingleOrDefault(a => a.Id == known) ?? throw new ArgumentException("The project has no such impact assessment.", nameof(id))
            : kind == ImpactAssessmentKind.Other ? null : StandardAssessment(kind);
        var before = existing is null ? null : Snapshot.Of(existing.Details);
        if (existing is null)
        {
            existing = new ImpactAssessment(Id, kind, details, at);
            _impactAssessments.Add(existing);
        }
        else
        {
            existing.Apply(details, at);
        }

        Record("ImpactAssessmentSaved", existing.Title, before, Snapshot.Of(existing.Details), actor, at);
        return existing.Id;
    }

    /// <summary>
    /// After a change of scope, an assessment that still stands as it is is confirmed so, with a reason a reader can act
    /// on: saving it unchanged does not count as looking at it again.
    /// </summary>
    public void ConfirmAssessmentUnchanged(Guid assessmentId, string? reason, Actor actor, DateTime at)
    {
        var assessment = _impactAssessments.SingleOrDefault(a => a.Id == assessmentId)
            ?? throw new ArgumentException("The project has no such impact assessment.", nameof(assessmentId));
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ReasonMustBeGivenRule(cleanReason, "why the assessment still stands as it is"),
            new ReasonMustBeActionableRule(cleanReason, "why the assessment still stands as it is", []),
        ]);

        assessment.ConfirmUnchanged(cleanReason!, at);
        Record("ImpactAssessmentConfirmedUnchanged", assessment.Title, null, Snapshot.Of(new { Reason = cleanReason }), actor, at);
    }

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
