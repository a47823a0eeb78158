namespace Lifecycle.Application.Projects;

/// <summary>
/// What must not have changed since the person opened the form for their change to be saved.
/// <list type="bullet">
/// <item><see cref="WholeProject"/>: nothing on the project (the default, and always for moving stage, sign-offs and
/// status: a gate or a decision must rest on exactly what the person saw).</item>
/// <item><see cref="NewRecord"/>: nothing can clash with a new entry in a register, so it is saved whatever else changed.</item>
/// <item><see cref="Record"/>: only the one record being changed, told by a stamp of it (two people answering different
/// workbook questions both succeed; two answering the same one do not).</item>
/// </list>
/// Outside <see cref="WholeProject"/>, a save that loses a race with someone else's is retried on the fresh project,
/// so the project's version still moves with every change and still guards every gate.
/// </summary>
public abstract record ConflictScope
{
    public static readonly ConflictScope WholeProject = new WholeProjectScope();
    public static readonly ConflictScope NewRecord = new NewRecordScope();

    public static ConflictScope Record(Func<Project, string> stampNow, string stampSeen) => new RecordScope(stampNow, stampSeen);

    /// <summary>Whether the change can still be made as the person meant it, on the project as it is now.</summary>
    public abstract bool StillAsSeen(Project project, Guid versionSeen);

    public virtual bool RetriesLostRaces => true;

    private sealed record WholeProjectScope : ConflictScope
    {
        public override bool StillAsSeen(Project project, Guid versionSeen) => project.Version == versionSeen;

        public override bool RetriesLostRaces => false;
    }

    private sealed record NewRecordScope : ConflictScope
    {
        public override bool StillAsSeen(Project project, Guid versionSeen) => true;
    }

    private sealed record RecordScope(Func<Project, string> StampNow, string StampSeen) : ConflictScope
    {
        public override bool StillAsSeen(Project project, Guid versionSeen) => project.Version == versionSeen || StampNow(project) == StampSeen;
    }
}
