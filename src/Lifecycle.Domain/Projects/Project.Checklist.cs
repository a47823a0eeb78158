
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public ChecklistOutcome OutcomeOf(string itemCode) => StateOf(itemCode)?.Outcome ?? ChecklistOutcome.Open;

    public ChecklistItemState? StateOf(string itemCode) => _items.FirstOrDefault(i => i.Code == itemCode);

    public bool IsResolved(ChecklistItemDefinition item) => OutcomeOf(item.Code) switch
    {
        ChecklistOutcome.Done => true,
        ChecklistOutcome.NotApplicable => item.NotApplicableAllowed,
        ChecklistOutcome.Open => false,
    };

    /// <summary>
    /// Required items of stages already passed that apply now but were never resolved, because they
    /// did not apply then (the tool became predictive or high risk later, or a scope change made it
    /// so). They are outstanding on the current stage and hold its gate until resolved.
    /// </summary>
    public IReadOnlyList<ChecklistItemDefinition> CarriedOverItems => LifecycleFramework.Stages
        .Where(stage => stage.Number < CurrentStage.Number)
        .SelectMany(stage => stage.ItemsApplyingTo(Facts))
        .Where(item => item.HoldsTheGate && !IsResolved(item))
        .ToList();

    public StageStatus StatusOf(int stageNumber)
    {
        var current = CurrentStage.Number;
        if (stageNumber < current)
        {
            return StageStatus.Completed;
        }

        if (stageNumber > current)
        {
            return StageStatus.CannotStartYet;
        }

        var stage = LifecycleFramework.Stage(stageNumber);
        return stage.Items.Any(i => OutcomeOf(i.Code) != ChecklistOutcome.Open) || HasRecordsFor(stageNumber)
            ? StageStatus.InProgress
            : StageStatus.NotYetStarted;
    }

    /// <summary>
    /// Whether the team has made a record the stage asks for, so the stage reads as under way before any box
    /// is ticked. A live tool (stage 9) is always under way: going live starts the monitoring.
    /// </summary>
    private bool HasRecordsFor(int stageNumber) => stageNumber switch
    {
        2 => MaturityResult is not null,
        3 => AnalyticsType is not null || Datasets.Count > 0,
        4 => LatestTriage is not null,
        5 => SuccessCriteria is not null,
        6 => DevelopmentSafeguards is not null,
        7 => TestRuns.Count > 0 || ExternalValidations.Count > 0,
        8 => DeploymentPlan is not null || TransparencyConfirmedAt is not null,
        MonitoringStage => true,
        RetirementStage => TransparencyArchivedOn is not null,
        _ => false,
    };

    public void MarkItemDone(string itemCode, string? note, string? evidenceLink, Actor actor, DateTime at)
    {
        var item = CheckItemCanChange(itemCode);
        var cleanNote = DomainText.Optional(note, TextLimits.LongText, "Note");
        var cleanLink = DomainText.Optional(evidenceLink, TextLimits.Url, "Evidence link");
        Rules.CheckAll([new EvidenceLinkMustBeWebAddressRule(cleanLink), new ItemMustHaveItsRecordRule(this, item)]);

        ChangeItem(item, "ChecklistItemDone", actor, at, s => s.MarkDone(actor, at, cleanNote, cleanLink));
    }

    public void MarkItemNotApplicable(string itemCode, string? reason, Actor actor, DateTime at)
    {
        var item = CheckItemCanChange(itemCode);
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new NotApplicableMustBeAllowedRule(item),
            new ReasonMustBeGivenRule(cleanReason, "why this item does not apply"),
            new ReasonMustBeActionableRule(cleanReason, "why this item does not apply", GivenReasons(exceptItem: item.Code)),
        ]);

        ChangeItem(item, "ChecklistItemNotApplicable", actor, at, s => s.MarkNotApplicable(actor, at, cleanReason!));
    }

    public void ReopenItem(string itemCode, Actor actor, DateTime at)
    {
        var item = CheckItemCanChange(itemCode);
        Rules.Check(new ItemMustNotBeOpenRule(this, item));

        ChangeItem(item, "ChecklistItemReopened", actor, at, s => s.Reopen());
    }

    private ChecklistItemDefinition CheckItemCanChange(string itemCode)
    {
        var item = LifecycleFramework.FindItem(itemCode)
            ?? throw new ArgumentException($"There is no checklist item {itemCode}.", nameof(itemCode));
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ItemMustBeInCurrentStageRule(this, item),
            new ItemMustApplyToProjectRule(this, item),
        ]);
        return item;
    }

    private void ChangeItem(ChecklistItemDefinition item, string kind, Actor actor, DateTime at, Action<ChecklistItemState> change)
    {
        var state = StateOf(item.Code);
        if (state is null)
        {
            state = new ChecklistItemState(Id, item.Code);
            _items.Add(state);
        }

        var before = state.Describe();
        change(state);
        Record(kind, $"{item.Code} {item.Title}", before, state.Describe(), actor, at);
    }
}
