using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>
/// The rule every kept answer rests on (docs/architecture.md): a project's records are never saved changed (added,
/// changed or removed) while the project's <see cref="Project.Version"/> stays as it was. A domain method that changes a
/// record without recording the change would leave kept pages showing the old record; this refuses that save instead.
/// </summary>
internal sealed class ProjectVersionRule
{
    /// <summary>Each entity type of the project aggregate below the project, with the foreign key to the record that holds it.</summary>
    private readonly Dictionary<IEntityType, IForeignKey> _heldBy = [];

    /// <summary>The project's records are the entity types reached from <see cref="Project"/> by its navigations, read from the model.</summary>
    public ProjectVersionRule(IModel model)
    {
        var project = model.FindEntityType(typeof(Project)) ?? throw new InvalidOperationException("The model has no projects.");
        var pending = new Stack<IEntityType>([project]);
        while (pending.TryPop(out var holder))
        {
            foreach (var navigation in holder.GetNavigations().Where(n => !n.IsOnDependent && n.TargetEntityType != project))
            {
                if (_heldBy.TryAdd(navigation.TargetEntityType, navigation.ForeignKey))
                {
                    pending.Push(navigation.TargetEntityType);
                }
            }
        }
    }

    public IReadOnlyCollection<IEntityType> RecordTypes => _heldBy.Keys;

    /// <summary>
    /// Checks the changes already detected: the save calls this straight after <see cref="AuditAppender.RefuseRewrites"/>
    /// has detected them, so reading the tracker here does not scan every tracked record a second time.
    /// </summary>
    /// <exception cref="InvalidOperationException">A record changed while its project's version did not.</exception>
    public void Check(ChangeTracker tracker)
    {
        var detects = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            CheckDetected(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detects;
        }
    }

    private void CheckDetected(ChangeTracker tracker)
    {
        var entries = tracker.Entries().ToList();
        var changed = entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && _heldBy.ContainsKey(e.Metadata)).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var byKey = entries.Where(e => _heldBy.ContainsKey(e.Metadata)).ToLookup(e => (e.Metadata, Key(e, e.Metadata.FindPrimaryKey()!.Properties)));
        var versionChanged = entries.Where(e => e.Entity is Project).Cast<EntityEntry>()
            .ToDictionary(e => ((Project)e.Entity).Id, e => e.State is EntityState.Added or EntityState.Deleted || !Equals(e.Property(nameof(Project.Version)).OriginalValue, e.Property(nameof(Project.Version)).CurrentValue));
        var unrecorded = changed
            .Where(e => ProjectOf(e, byKey) is not { } id || !versionChanged.GetValueOrDefault(id))
            .Select(e => $"{e.Metadata.ClrType.Name} ({e.State.ToString().ToLowerInvariant()})")
            .Distinct()
            .ToList();
        if (unrecorded.Count > 0)
        {
            throw new InvalidOperationException(
                $"A project's records changed without the project's Version changing: {string.Join(", ", unrecorded)}. " +
                "Change records through a Project method that records the change, or pages kept under the old version would be shown.");
        }
    }

    /// <summary>The project a record belongs to, following the foreign keys up through the tracked records that hold it.</summary>
    private Guid? ProjectOf(EntityEntry record, ILookup<(IEntityType, string), EntityEntry> byKey)
    {
        for (var current = record; ;)
        {
            var up = _heldBy[current.Metadata];
            var key = Key(current, up.Properties);
            if (up.PrincipalEntityType.ClrType == typeof(Project))
            {
                return (Guid?)Value(current, up.Properties[0]);
            }

            current = byKey[(up.PrincipalEntityType, key)].FirstOrDefault();
            if (current is null)
            {
                return null;
            }
        }
    }

    private static string Key(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join("|", properties.Select(p => Value(entry, p)));

    private static object? Value(EntityEntry entry, IProperty property) =>
        entry.State == EntityState.Deleted ? entry.OriginalValues[property] : entry.CurrentValues[property];
}
