
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<FeedbackItem> _feedback = [];
    private readonly List<EngagementRecord> _engagements = [];
    private readonly List<TrainingRecord> _training = [];

    public IReadOnlyList<FeedbackItem> Feedback => _feedback;

    public IReadOnlyList<EngagementRecord> Engagements => _engagements;

    public IReadOnlyList<TrainingRecord> Training => _training;

    /// <summary>Challenges still without a response more than <see cref="FeedbackItem.ChallengeResponseDays"/> days after they were raised.</summary>
    /// <summary>Challenges nobody has answered yet, oldest first.</summary>
    public IReadOnlyList<FeedbackItem> OpenChallenges =>
        _feedback.Where(f => f.Kind == FeedbackKind.Challenge && f.Status == FeedbackStatus.Open).OrderBy(f => f.RaisedOn).ThenBy(f => f.Number).ToList();

    public IReadOnlyList<FeedbackItem> ChallengesWaitingTooLong(DateOnly today) =>
        _feedback.Where(f => f.IsWaitingTooLong(today)).OrderBy(f => f.RaisedOn).ToList();

    /// <summary>Adds feedback or a challenge to the register; leave <paramref name="raisedBy"/> empty for an anonymous one.</summary>
    public FeedbackItem RecordFeedback(FeedbackKind kind, string? raisedBy, DateOnly raisedOn, string about, string details, Actor actor, DateTime at)
    {
        var who = DomainText.Optional(raisedBy, TextLimits.Name, "Raised by");
        var subject = DomainText.Required(about, TextLimits.ShortText, "About");
        var text = DomainText.Required(details, TextLimits.LongText, "Details");
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new DateMustNotBeInFutureRule(raisedOn, at, "the date it was raised"), NotBeforeWorkBegan(raisedOn, "the date it was raised")]);

        var item = new FeedbackItem(Id, _feedback.Count + 1, kind, who, raisedOn, subject, text, CurrentStage.Number, actor, at);
        _feedback.Add(item);
        Record("FeedbackRecorded", $"{kind} F{item.Number}: {subject}", null,
            Snapshot.Of(new { Kind = kind, RaisedBy = who ?? "Anonymous", RaisedOn = raisedOn, About = subject, Details = text }), actor, at);
        return item;
    }

    public void RespondToFeedback(Guid feedbackId, string response, FeedbackStatus status, Actor actor, DateTime at)
    {
        var item = _feedback.SingleOrDefault(f => f.Id == feedbackId) ?? throw new ArgumentException("The project has no such feedback.", nameof(feedbackId));
        var text = DomainText.Required(response, TextLimits.LongText, "Response");
        Rules.Check(new ProjectMustNotBeStoppedRule(this));

        var before = Snapshot.Of(new { item.Status, item.Response });
        item.Respond(text, status, actor, at);
        Record("FeedbackResponded", $"{item.Kind} F{item.Number}: {item.About}", before, Snapshot.Of(new { item.Status, item.Response }), actor, at);
    }

    public void RecordEngagement(DateOnly heldOn, string stakeholders, string method, string whatWeHeard, Actor actor, DateTime at)
    {
        var who = DomainText.Required(stakeholders, TextLimits.ShortText, "Stakeholders");
        var how = DomainText.Required(method, TextLimits.ShortText, "Method");
        var heard = DomainText.Required(whatWeHeard, TextLimits.LongText, "What we heard");
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new DateMustNotBeInFutureRule(heldOn, at, "the date of the engagement"), NotBeforeWorkBegan(heldOn, "the date of the engagement")]);

        _engagements.Add(new EngagementRecord(Id, heldOn, who, how, heard, CurrentStage.Number, actor, at));
        Record("EngagementRecorded", $"Engagement with {who}", null, Snapshot.Of(new { HeldOn = heldOn, Stakeholders = who, Method = how, WhatWeHeard = heard }), actor, at);
    }

    public void RecordTraining(DateOnly deliveredOn, string audience, int peopleTrained, string content, Actor actor, DateTime at)
    {
        var who = DomainText.Required(audience, TextLimits.ShortText, "Audience");
        var what = DomainText.Required(content, TextLimits.LongText, "Content");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new PeopleTrainedMustBeCountedRule(peopleTrained),
            new DateMustNotBeInFutureRule(deliveredOn, at, "the date of the training"),
            NotBeforeWorkBegan(deliveredOn, "the date of the training"),
        ]);

        _training.Add(new TrainingRecord(Id, deliveredOn, who, peopleTrained, what, CurrentStage.Number, actor, at));
        Record("TrainingRecorded", $"Training for {who}", null, Snapshot.Of(new { DeliveredOn = deliveredOn, Audience = who, PeopleTrained = peopleTrained, Content = what }), actor, at);
    }
}
