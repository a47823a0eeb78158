using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

/// <summary>
/// A data analytics tool an organisation is developing, and where it stands in the lifecycle.
/// Every change goes through a method here, which checks its rules first and records the
/// change for the audit trail.
/// </summary>
public sealed partial class Project
{
    private readonly List<StageProgress> _stages = [];
    private readonly List<ChecklistItemState> _items = [];
    private readonly List<ProjectMember> _members = [];
    private readonly List<RecordedChange> _changes = [];
    private bool sharedReadOnly;

    private Project()
    {
        Name = string.Empty;
        FrameworkVersion = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public string FrameworkVersion { get; private set; }

    public bool IsPredictive { get; private set; }

    public bool InvolvesThirdParty { get; private set; }

    public bool IsHighRisk { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Changes on every state change; the database refuses a save made from an older copy.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<StageProgress> Stages => _stages;

    public IReadOnlyList<ChecklistItemState> Items => _items;

    public IReadOnlyList<ProjectMember> Members => _members;

    /// <summary>Changes made since the project was loaded, not yet written to the audit trail.</summary>
    public IReadOnlyList<RecordedChange> PendingChanges => _changes;

    /// <summary>True for a display copy handed to every request that shows this version (see <see cref="ShareReadOnly"/>).</summary>
    public bool IsSharedReadOnly => sharedReadOnly;

    /// <summary>
    /// Marks a display copy that concurrent requests share: any change to it is refused loudly, because a change would
    /// show to every other reader and never be saved. Load the project to change it.
    /// </summary>
    public void ShareReadOnly() => sharedReadOnly = true;

    public ApplicabilityFacts Facts => new(IsPredictive, InvolvesThirdParty, IsHighRisk) { NeedsIndependentScrutiny = IndependentScrutinyReasons.Count > 0 };

    public StageProgress CurrentStageProgress => _stages.Single(s => !s.IsCompleted);

    public StageDefinition CurrentStage => LifecycleFramework.Stage(CurrentStageProgress.StageNumber);

    public static Project Register(Guid id, Guid organisationId, ProjectDetails details, Actor actor, DateTime at)
    {
        var project = new Project
        {
            Id = id,
            OrganisationId = organisationId,
            FrameworkVersion = LifecycleFramework.Version,
            CreatedAt = at,
            WorkBeganOn = UkCalendar.DateOf(at),
        };
        Rules.Check(new DateMustNotBeInFutureRule(details.WorkBeganOn, at, "the day work on the project began"));
        project.Apply(details);
        project._stages.Add(new StageProgress(id, LifecycleFramework.FirstStage, actor, at));
        project.Record("ProjectRegistered", project.Name, null, details.Describe(), actor, at);
        return project;
    }

    public void ChangeDetails(ProjectDetails details, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new FactsMustMatchChosenSolutionRule(this, details.Facts),
            new HighRiskMustMatchTriageRule(this, details.Facts),
            new DateMustNotBeInFutureRule(details.WorkBeganOn, at, "the day work on the project began"),
            new WorkMustBeginBeforeItsRecordsRule(details.WorkBeganOn, EarliestDatedRecord),
        ]);
        var before = CurrentDetails;
        if (before == details with { WorkBeganOn = details.WorkBeganOn ?? WorkBeganOn })
        {
            return;
        }

        Apply(details);
        Record("DetailsChanged", Name, before.Describe(), details.Describe(), actor, at);
    }

    public ProjectDetails CurrentDetails => new(Name, Description, new ApplicabilityFacts(IsPredictive, InvolvesThirdParty, IsHighRisk), WorkBeganOn);

    public void ClearPendingChanges() => _changes.Clear();

    private void Apply(ProjectDetails details)
    {
        Name = DomainText.Required(details.Name, TextLimits.Name, "Project name");
        Description = DomainText.Optional(details.Description, TextLimits.LongText, "Description");
        IsPredictive = details.Facts.IsPredictive;
        InvolvesThirdParty = details.Facts.InvolvesThirdParty;
        IsHighRisk = details.Facts.IsHighRisk;
        WorkBeganOn = details.WorkBeganOn ?? WorkBeganOn;
    }

    private void Record(string kind, string subject, string? before, string? after, Actor actor, DateTime at)
    {
        if (sharedReadOnly)
        {
            throw new InvalidOperationException($"{kind} was refused: this copy of \"{Name}\" is shared by the pages that show it and is never saved. Load the project to change it.");
        }

        _changes.Add(new RecordedChange(kind, subject, before, after, actor, at));
        Version = Guid.NewGuid();
    }
}
