
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int DevelopmentStage = 6;

    /// <summary>The protections, explanations, challenge route and feedback process built in during Development (stage 6).</summary>
    public DevelopmentSafeguards? DevelopmentSafeguards { get; private set; }

    public void RecordDevelopmentSafeguards(DevelopmentSafeguards safeguards, Actor actor, DateTime at)
    {
        var cleaned = safeguards.Cleaned();
        Rules.Check(new ProjectMustNotBeStoppedRule(this));
        if (cleaned == DevelopmentSafeguards)
        {
            return;
        }

        var before = DevelopmentSafeguards is null ? null : Snapshot.Of(DevelopmentSafeguards);
        DevelopmentSafeguards = cleaned;
        Record("DevelopmentSafeguardsRecorded", "Development safeguards", before, Snapshot.Of(cleaned), actor, at);
    }

    /// <summary>Testing showed the tool is not good enough yet: go back to Development, keeping every run and record.</summary>
    public void ReturnToDevelopment(string? reason, Actor actor, DateTime at)
    {
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustNotBeOnHoldRule(this),
            new ProjectMustBeInStageRule(this, TestingStage, "a project returns to Development from testing"),
            new ReasonMustBeGivenRule(cleanReason, "why the project is going back to Development"),
        ]);

        CurrentStageProgress.Return(cleanReason!, actor, at);
        _stages.Add(new StageProgress(Id, DevelopmentStage, actor, at));
        Record("ReturnedToDevelopment", LifecycleFramework.Stage(DevelopmentStage).NumberedTitle,
            Snapshot.Of(new { Stage = TestingStage }), Snapshot.Of(new { Stage = DevelopmentStage, Reason = cleanReason }), actor, at);
    }
}
