using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public DateTime? TransparencyPublishedAt { get; private set; }

    public string? TransparencyPublishedByName { get; private set; }

    /// <summary>The tool's part of its public address (/public/{organisation}/{tool}); kept when the record is taken down, so it comes back at the same address.</summary>
    public string? PublicSlug { get; private set; }

    /// <summary>The copy the public sees (<see cref="PublishedTransparency"/> as JSON); null when not published.</summary>
    public string? PublishedTransparencyJson { get; private set; }

    public bool IsTransparencyRecordPublished => PublishedTransparencyJson is not null;

    public PublishedTransparency? PublicRecord => PublishedTransparencyJson is { } json ? PublishedTransparency.FromJson(json) : null;

    /// <summary>
    /// Publishes the confirmed, complete transparency record as it stands now, for anyone to read without signing in.
    /// Publishing again replaces the public copy with the current record.
    /// </summary>
    /// <param name="slugsInUse">The public addresses other tools of the organisation already have.</param>
    public void PublishTransparencyRecord(string organisationName, IReadOnlyCollection<string> slugsInUse, Actor actor, DateTime at)
    {
        var record = TransparencyFields.For(this, organisationName, at);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new TransparencyRecordMustBeConfirmedRule(this),
            new TransparencyRecordMustHaveNoGapsRule(record.Missing.Select(f => $"{f.Reference} {f.Label}").ToList()),
        ]);

        var lastReviewed = LatestReview?.ReviewedOn ?? UkCalendar.DateOf(TransparencyConfirmedAt!.Value);
        var before = PublicationSnapshot();
        PublicSlug ??= Slugs.Unique(Name, slugsInUse);
        PublishedTransparencyJson = PublishedTransparency.From(record, lastReviewed).ToJson();
        TransparencyPublishedAt = at;
        TransparencyPublishedByName = actor.Name;
        Record("TransparencyRecordPublished", "Transparency record", before, PublicationSnapshot(), actor, at);
    }

    /// <summary>
    /// Takes the public copy down: the public address then answers "not found", as for a tool never published. Allowed
    /// after a project is stopped or retired too: what the public reads must always be withdrawable.
    /// </summary>
    public void UnpublishTransparencyRecord(Actor actor, DateTime at)
    {
        Rules.Check(new TransparencyRecordMustBePublishedRule(this));
        var before = PublicationSnapshot();
        PublishedTransparencyJson = null;
        TransparencyPublishedAt = null;
        TransparencyPublishedByName = null;
        Record("TransparencyRecordUnpublished", "Transparency record", before, null, actor, at);
    }

    private string? PublicationSnapshot() => IsTransparencyRecordPublished
        ? Snapshot.Of(new { Address = PublicSlug, PublishedAt = TransparencyPublishedAt, LastReviewedOn = PublicRecord!.LastReviewedOn })
        : null;
}
