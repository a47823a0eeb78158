namespace Lifecycle.Application.Organisations;

/// <summary>
/// What happens to a person's own account outside any project (two-factor set up, email settings changed, a password reset
/// asked for, a council account linked), written to their organisation's audit trail, with any email the same change queued.
/// </summary>
public sealed class AccountEvents(ILifecycleDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Written with the next save: an account change made through Identity saves it in the same transaction. Made by the
    /// person themselves unless <paramref name="by"/> says who.
    /// </summary>
    public void Note(Guid organisationId, string kind, Actor person, string? before = null, string? after = null, Actor? by = null) =>
        db.RecordOrganisationChange(organisationId, new RecordedChange(kind, person.Name, before, after, by ?? person, clock.GetUtcNow().UtcDateTime));

    /// <summary>Written now, with the emails queued for the same event.</summary>
    public Task RecordAsync(Guid organisationId, string kind, Actor person, CancellationToken cancellationToken, string? before = null, string? after = null)
    {
        Note(organisationId, kind, person, before, after);
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sends the emails queued outside any audited change (an invitation to someone just added).</summary>
    public Task SendQueuedAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
