namespace Lifecycle.Web.Display;

/// <summary>
/// Answers that need the whole project (the gate rules read nearly every record), kept with the project version and
/// day they were worked out for: every change to a project gives it a new version, so a kept answer is never out of
/// date, and a busy page or API pays for the whole load once per change, not once per read. One entry per project
/// and purpose, and at most <see cref="Limit"/> in all (ADR 0021).
/// </summary>
public sealed class ProjectVersionCache() : BoundedStore<(string Purpose, Guid ProjectId), object>(Limit)
{
    public const int Limit = 2_000;

    private sealed record Kept<T>(Guid Version, DateOnly Today, T Answer);

    /// <summary>The kept answer for this version and day, if there is one.</summary>
    public bool TryGet<T>(string purpose, Guid projectId, Guid version, DateOnly today, out T answer)
    {
        if (TryGet((purpose, projectId), out var value) && value is Kept<T> kept && kept.Version == version && kept.Today == today)
        {
            answer = kept.Answer;
            return true;
        }

        answer = default!;
        return false;
    }

    /// <summary>Keeps an answer worked out from the project at <paramref name="version"/>, replacing the project's older one.</summary>
    public void Keep<T>(string purpose, Guid projectId, Guid version, DateOnly today, T answer) =>
        Keep((purpose, projectId), new Kept<T>(version, today, answer!));
}
