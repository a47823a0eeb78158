
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<TransparencyEntry> _transparencyEntries = [];

    /// <summary>The team's own text for transparency record fields nothing else fills.</summary>
    public IReadOnlyList<TransparencyEntry> TransparencyEntries => _transparencyEntries;

    public DateTime? TransparencyConfirmedAt { get; private set; }

    public string? TransparencyConfirmedByName { get; private set; }

    /// <summary>Retirement (stage 10): when the published record was archived.</summary>
    public DateOnly? TransparencyArchivedOn { get; private set; }

    public string? TransparencyText(string key) => _transparencyEntries.FirstOrDefault(e => e.Key == key)?.Value;

    /// <summary>Saves the team's text for the given fields; a blank value removes the team's text for that field.</summary>
    public void SaveTransparencyEntries(IReadOnlyDictionary<string, string?> values, Actor actor, DateTime at)
    {
        var cleaned = values.ToDictionary(
            v => DomainText.Required(v.Key, TransparencyEntry.KeyLength, "Field"),
            v => DomainText.Optional(v.Value, TextLimits.LongText, v.Key));
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new TeamTextMustBePlainRule(cleaned), new TeamTextMustAgreeWithTriageRule(LatestTriage?.Answers, cleaned)]);

        var before = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in cleaned)
        {
            var existing = _transparencyEntries.FirstOrDefault(e => e.Key == key);
            if (existing?.Value == value)
            {
                continue;
            }

            before[key] = existing?.Value;
            after[key] = value;
            if (value is null)
            {
                _transparencyEntries.Remove(existing!);
            }
            else if (existing is null)
            {
                _transparencyEntries.Add(new TransparencyEntry(Id, key, value, actor, at));
            }
            else
            {
                existing.Replace(value, actor, at);
            }
        }

        if (after.Count > 0)
        {
            // What was confirmed is no longer what the record says: it is confirmed again before it counts (a published
            // page keeps its own copy of the record last confirmed until then).
            TransparencyConfirmedAt = null;
            TransparencyConfirmedByName = null;
            Record("TransparencyRecordEdited", "Transparency record", Snapshot.Of(before), Snapshot.Of(after), actor, at);
        }
    }

    /// <summary>
    /// The team confirms the record is complete and ready to publish (stage 8, and again after a scope change).
    /// Which fields are still empty is worked out here, from the same field table the record is built from.
    /// </summary>
    public void ConfirmTransparencyRecord(string organisationName, Actor actor, DateTime at)
    {
        var missing = TransparencyFields.For(this, organisationName, at).Missing.Select(f => $"{f.Reference} {f.Label}").ToList();
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new TransparencyRecordMustHaveNoGapsRule(missing),
            new TeamTextMustAgreeWithTriageRule(LatestTriage?.Answers, _transparencyEntries.ToDictionary(e => e.Key, e => (string?)e.Value)),
        ]);
        TransparencyConfirmedAt = at;
        TransparencyConfirmedByName = actor.Name;
        Record("TransparencyRecordConfirmed", "Transparency record", null, Snapshot.Of(new { ConfirmedAt = at }), actor, at);
    }

    public void ArchiveTransparencyRecord(DateOnly archivedOn, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this, isStopDuty: true),
            .. IsWindingDown ? Array.Empty<IBusinessRule>() : [new ProjectMustBeInStageRule(this, RetirementStage, "the transparency record is archived")],
            new DateMustNotBeInFutureRule(archivedOn, at, "the date the record was archived"),
            NotBeforeWorkBegan(archivedOn, "the date the record was archived"),
        ]);
        var before = TransparencyArchivedOn is { } previous ? Snapshot.Of(new { ArchivedOn = previous }) : null;
        TransparencyArchivedOn = archivedOn;
        Record("TransparencyRecordArchived", "Transparency record", before, Snapshot.Of(new { ArchivedOn = archivedOn }), actor, at);
    }
}
