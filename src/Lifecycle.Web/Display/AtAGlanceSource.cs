using Microsoft.Extensions.Caching.Memory;

namespace Lifecycle.Web.Display;

/// <summary>
/// The at-a-glance block of the project overview. Working it out needs the whole project (the gate rules read
/// nearly every record), so it is kept per project version and day: every change to a project gives it a new
/// version, so a kept answer is never out of date, and the overview pays for the whole load once per change,
/// not once per view.
/// </summary>
public sealed class AtAGlanceSource(GetProject getProject, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Keep = new MemoryCacheEntryOptions().SetSlidingExpiration(TimeSpan.FromMinutes(20));

    public async Task<AtAGlance> ForAsync(Guid projectId, Guid organisationId, Guid version, DateOnly today, CancellationToken cancellationToken)
    {
        var key = (nameof(AtAGlance), projectId, version, today);
        if (cache.TryGetValue(key, out AtAGlance? known) && known is not null)
        {
            return known;
        }

        var project = await getProject.ForAsync(projectId, organisationId, cancellationToken);
        var glance = AtAGlance.For(project, today);

        // Only an answer made from the version asked about is kept (someone may have saved in between).
        if (project.Version == version)
        {
            cache.Set(key, glance, Keep);
        }

        return glance;
    }
}
