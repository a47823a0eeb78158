using Microsoft.Extensions.Caching.Memory;

namespace Lifecycle.Web.Display;

/// <summary>
/// The at-a-glance block of the project overview. Working it out needs the whole project (the gate rules read
/// nearly every record), so the latest answer for each project is kept with the version and day it was worked out
/// for: every change to a project gives it a new version, so a kept answer is never out of date, and the overview
/// pays for the whole load once per change, not once per view. One entry per project, so memory stays bounded.
/// </summary>
public sealed class AtAGlanceSource(GetProject getProject, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Keep = new MemoryCacheEntryOptions().SetSlidingExpiration(TimeSpan.FromMinutes(20));

    private sealed record Kept(Guid Version, DateOnly Today, AtAGlance Glance);

    public async Task<AtAGlance> ForAsync(Guid projectId, Guid organisationId, Guid version, DateOnly today, CancellationToken cancellationToken)
    {
        var key = (nameof(AtAGlance), projectId);
        if (cache.TryGetValue(key, out Kept? kept) && kept is not null && kept.Version == version && kept.Today == today)
        {
            return kept.Glance;
        }

        var project = await getProject.ForAsync(projectId, organisationId, cancellationToken);
        var glance = AtAGlance.For(project, today);

        // Only an answer made from the version asked about is kept (someone may have saved in between).
        if (project.Version == version)
        {
            cache.Set(key, new Kept(version, today, glance), Keep);
        }

        return glance;
    }
}
