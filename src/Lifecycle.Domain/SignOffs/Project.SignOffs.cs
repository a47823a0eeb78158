
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<SignOffRequest> _signOffRequests = [];
    private readonly List<SignOff> _signOffs = [];

    public BusinessCase? BusinessCase { get; private set; }

    public IReadOnlyList<SignOffRequest> SignOffRequests => _signOffRequests;

    public IReadOnlyList<SignOff> SignOffs => _signOffs;

    /// <summary>
    /// The fingerprint of what a sign-off of this kind would approve now: its document and every
    /// fact it rests on (<see cref="ApprovalBasis"/>). Null if there is nothing to approve yet.
    /// </summary>
    public string? CurrentFingerprint(SignOffKind kind)
    {
        object? document = kind switch
        {
            SignOffKind.BusinessCase => BusinessCase?.Details.Canonical(),
            SignOffKind.GoLive => DeploymentPlan?.EvaluationPlan,
            SignOffKind.Retirement => RetirementReasons,
            SignOffKind.ThresholdChange => ThresholdsLoosenedAfterFailure ? CurrentThresholdVersion : null,
            SignOffKind.PlanChange => ProposedDeploymentPlan,
            SignOffKind.TriageChange => TriageHistory().Loosening?.Id,
            SignOffKind.ScrutinyRelease => LowSkillScrutinyHeldSince,
            SignOffKind.UngroupedResults => AccuracyThresholds?.WhyNotByGroup,
        };
        return document is null ? null : Fingerprint.Of(Snapshot.Of(new { Document = document, Basis = ApprovalBasis(kind) }));
    }

    public SignOffRequest? PendingRequest(SignOffKind kind) =>
        _signOffRequests.Where(r => r.Kind == kind).MaxBy(r => r.Number) is { } latest && _signOffs.All(s => s.RequestId != latest.Id)
            ? latest
            : null;

    /// <summary>The most recent decision of this kind: the one on the latest decided request.</summary>
    public SignOff? LatestDecision(SignOffKind kind) =>
        _signOffs.Where(s => s.Kind == kind)
            .MaxBy(s => _signOffRequests.Single(r => r.Id == s.RequestId).Number);

    public ApprovalState ApprovalStateOf(SignOffKind kind)
    {
        if (PendingRequest(kind) is not null)
        {
            return ApprovalState.AwaitingDecision;
        }

        return LatestDecision(kind) switch
        {
            null => ApprovalState.NotSubmitted,
            { Decision: Decision.Rejected } => ApprovalState.Rejected,
            { } approved when approved.Fingerprint == CurrentFingerprint(kind) && !PredatesLatestTriage(approved) => ApprovalState.Approved,
            _ => ApprovalState.ApprovalNoLongerMatches,
        };
    }

    /// <summary>
    /// A business case approval given in stage 4 must have had the latest triage in view: one submitted before the
    /// triage was last done no longer counts, even when the triage's result is the same. Once the project has moved
    /// on, a triage redone with the same result (at a scope change, say) leaves the approval standing; a different
    /// risk level or red line changes what it rested on, so it lapses through its fingerprint.
    /// </summary>
    public bool PredatesLatestTriage(SignOff signOff) =>
        signOff.Kind == SignOffKind.BusinessCase
        && CurrentStage.Number <= EthicsTriageStage
        && LatestTriage is { } triage
        && _signOffRequests.Single(r => r.Id == signOff.RequestId).RequestedAt < triage.CompletedAt;

    public void SaveBusinessCase(BusinessCaseDetails details, Actor actor, DateTime at)
    {
        var cleaned = details.Cleaned();
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new CostsMustNotBeNegativeRule(cleaned)]);

        var before = BusinessCase is null ? null : Snapshot.Of(BusinessCase.Details);
        if (BusinessCase is null)
        {
            BusinessCase = new BusinessCase(Id, cleaned, actor, at);
        }
        else
        {
            BusinessCase.Replace(cleaned, actor, at);
        }

        Record("BusinessCaseSaved", "Business case", before, Snapshot.Of(cleaned), actor, at);
    }

    /// <summary>Whether submitting this kind of sign-off now would be accepted; pages use it to offer the button.</summary>
    public bool CanSubmitForSignOff(SignOffKind kind) => SubmitRules(kind).All(rule => !rule.IsBroken());

    public void SubmitForSignOff(SignOffKind kind, Actor actor, DateTime at)
    {
        Rules.CheckAll(SubmitRules(kind));

        OpenRequest(kind, actor, at);
    }

    /// <summary>Asks for a senior leader's decision on what this kind of sign-off would approve now; the app calls it itself for a loosening.</summary>
    private void OpenRequest(SignOffKind kind, Actor actor, DateTime at)
    {
        var request = new SignOffRequest(Id, _signOffRequests.Count + 1, kind, CurrentFingerprint(kind)!, actor, at);
        _signOffRequests.Add(request);
        Record("SubmittedForSignOff", $"{kind} sign-off", null, Snapshot.Of(new { Kind = kind, request.Fingerprint }), actor, at);
    }

    /// <summary>A senior leader approves or rejects what was submitted; nobody decides on their own submission.</summary>
    public void DecideSignOff(SignOffKind kind, Decision decision, string? comment, Actor actor, DateTime at)
    {
        var cleanComment = DomainText.Optional(comment, TextLimits.Reason, "Comment");
        var request = PendingRequest(kind);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new SignOffMustBeAwaitedRule(request),
            new DeciderMustBeSeniorLeaderRule(this, actor.PersonId),
            new DeciderMustNotBeSubmitterRule(request, actor.PersonId),
            new DeciderMustHaveTakenNoPartRule(this, actor.PersonId),
            new DeciderMustHaveBeenLeaderBeforeSubmissionRule(this, actor.PersonId, request?.RequestedAt ?? at),
            new SubmittedContentMustBeUnchangedRule(this, request),
            new RejectionMustSayWhyRule(decision, cleanComment),
        ]);

        var signOff = new SignOff(request!, decision, cleanComment, actor, ProjectRole.SeniorLeader.DisplayName(), at);
        _signOffs.Add(signOff);
        Record("SignOffDecided", $"{kind} {decision.ToString().ToLowerInvariant()}", null,
            Snapshot.Of(new { Kind = kind, Decision = decision, Comment = cleanComment, signOff.Fingerprint }), actor, at);

        if (kind == SignOffKind.PlanChange && decision == Decision.Approved)
        {
            ApplyProposedPlan(actor, at);
        }

        if (kind == SignOffKind.TriageChange && decision == Decision.Approved)
        {
            ApplyTriageInForce();
        }

        if (kind == SignOffKind.ScrutinyRelease && decision == Decision.Approved)
        {
            LowSkillScrutinyHeldSince = null;
        }

        // The retirement decision itself moves the project on, when nothing else holds it in stage 9.
        if (kind == SignOffKind.Retirement && decision == Decision.Approved && EvaluateGate().IsOpen)
        {
            AdvanceStage(actor, at);
        }
    }

    private IReadOnlyList<IBusinessRule> SubmitRules(SignOffKind kind) =>
    [
        new ProjectMustNotBeStoppedRule(this),
        .. ContentRulesFor(kind),
        new SignOffMustNotAlreadyBeAwaitedRule(this, kind),
        new ApprovalMustNotAlreadyMatchRule(this, kind),
    ];

    private IEnumerable<IBusinessRule> ContentRulesFor(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => [new BusinessCaseMustBeWrittenRule(this)],
        SignOffKind.GoLive => [new ProjectMustBeInStageRule(this, PreDeploymentStage, "go-live is submitted for sign-off"), new SignOffMustHaveContentRule(this, kind)],
        SignOffKind.Retirement => [new ProjectMustBeInStageRule(this, MonitoringStage, "retirement is submitted for sign-off"), new SignOffMustHaveContentRule(this, kind)],
        SignOffKind.ThresholdChange => [new SignOffMustHaveContentRule(this, kind)],
        SignOffKind.PlanChange => [new ProjectMustBeInStageRule(this, MonitoringStage, "a change to a live tool's deployment plan is submitted"), new SignOffMustHaveContentRule(this, kind)],
        SignOffKind.TriageChange => [new SignOffMustHaveContentRule(this, kind)],
        SignOffKind.ScrutinyRelease => [new SignOffMustHaveContentRule(this, kind)],
        SignOffKind.UngroupedResults => [new SignOffMustHaveContentRule(this, kind)],
    };
}
