using Lifecycle.Application.Caching;

namespace Lifecycle.Web.Display;

/// <summary>The at-a-glance block of the project overview, worked out once per change to the project (see <see cref="KeptAnswers"/>).</summary>
public sealed class AtAGlanceSource(GetProject getProject, KeptAnswers kept)
{
    public async Task<AtAGlance> ForAsync(Guid projectId, Guid organisationId, Guid version, DateOnly today, CancellationToken cancellationToken)
    {
        var key = KeptKeys.ProjectAnswer<AtAGlance>(organisationId, projectId, version, today);
        if (kept.TryGet(key, out var known))
        {
            return known;
        }

        var project = await getProject.ForAsync(projectId, organisationId, cancellationToken);
        var glance = AtAGlance.For(project, today);

        // Only an answer made from the version asked about is kept (someone may have saved in between).
        if (project.Version == version)
        {
            kept.Keep(key, glance);
        }

        return glance;
    }
}
