namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// When the council began work on the project: dated records (assessments, meetings, test runs, engagement) cannot
    /// be earlier. Often before the project was registered here, so the project manager can move it back.
    /// </summary>
    public DateOnly WorkBeganOn { get; private set; }

    /// <summary>The earliest date any record of the project carries, to keep the start of the work before it.</summary>
    public DateOnly? EarliestDatedRecord =>
        new DateOnly?[]
        {
            _impactAssessments.Min(a => a.CompletedOn),
            _oversightMeetings.Count == 0 ? null : _oversightMeetings.Min(m => m.HeldOn),
            _testRuns.Count == 0 ? null : _testRuns.Min(r => r.RanOn),
            _externalValidations.Count == 0 ? null : _externalValidations.Min(v => v.ValidatedOn),
            _engagements.Count == 0 ? null : _engagements.Min(e => e.HeldOn),
            _feedback.Count == 0 ? null : _feedback.Min(f => f.RaisedOn),
            _training.Count == 0 ? null : _training.Min(t => t.DeliveredOn),
            TransparencyArchivedOn,
        }.Min();

    private DateMustNotPrecedeWorkRule NotBeforeWorkBegan(DateOnly? date, string what) => new(date, WorkBeganOn, what);
}
