namespace Lifecycle.Web.Display;

/// <summary>The at-a-glance block of the project overview, worked out once per change to the project (see <see cref="ProjectVersionCache"/>).</summary>
public sealed class AtAGlanceSource(GetProject getProject, ProjectVersionCache cache)
{
    public async Task<AtAGlance> ForAsync(Guid projectId, Guid organisationId, Guid version, DateOnly today, CancellationToken cancellationToken)
    {
        if (cache.TryGet(nameof(AtAGlance), projectId, version, today, out AtAGlance kept))
        {
            return kept;
        }

        var project = await getProject.ForAsync(projectId, organisationId, cancellationToken);
        var glance = AtAGlance.For(project, today);

        // Only an answer made from the version asked about is kept (someone may have saved in between).
        if (project.Version == version)
        {
            cache.Keep(nameof(AtAGlance), projectId, version, today, glance);
        }

        return glance;
    }
}
