
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int RetirementStage = 10;

    /// <summary>Why the tool should be retired, as put to a senior leader for decision.</summary>
    public string? RetirementReasons { get; private set; }

    /// <summary>When completing the retirement checklist made the project read-only.</summary>
    public DateTime? RetiredAt { get; private set; }

    /// <summary>Puts the case for retiring the live tool to a senior leader, whose approval moves the project to stage 10.</summary>
    public void ProposeRetirement(string? reasons, Actor actor, DateTime at)
    {
        var cleanReasons = DomainText.Optional(reasons, TextLimits.LongText, "Reasons");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustBeInStageRule(this, MonitoringStage, "retirement is proposed"),
            new ReasonMustBeGivenRule(cleanReasons, "why the tool should be retired"),
            new SignOffMustNotAlreadyBeAwaitedRule(this, SignOffKind.Retirement),
        ]);

        var before = RetirementReasons;
        RetirementReasons = cleanReasons;
        Record("RetirementProposed", "Retirement", before is null ? null : Snapshot.Of(new { Reasons = before }), Snapshot.Of(new { Reasons = cleanReasons }), actor, at);
        SubmitForSignOff(SignOffKind.Retirement, actor, at);
    }

    private void Retire(Actor actor, DateTime at)
    {
        RetiredAt = at;
        Record("ProjectRetired", Name, StatusSnapshot(ProjectStatus.Active, null), StatusSnapshot(ProjectStatus.Retired, RetirementReasons), actor, at);
    }
}
