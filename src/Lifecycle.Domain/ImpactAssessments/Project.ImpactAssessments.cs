namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<ImpactAssessment> _impactAssessments = [];

    public IReadOnlyList<ImpactAssessment> ImpactAssessments => _impactAssessments;

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
}
