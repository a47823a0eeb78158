namespace Lifecycle.Application.Caching;

/// <summary>A kind of kept answer: what it rests on, how long it is kept unread (or at all), and how much room it takes.</summary>
/// <param name="RestsOn">What makes a kept answer of this kind right, for the docs and the tests.</param>
/// <param name="ResetsWhenRead">True: kept until unread for <paramref name="KeptFor"/>. False: kept for <paramref name="KeptFor"/> at most.</param>
public sealed record KeptKind(string Name, string RestsOn, TimeSpan KeptFor, bool ResetsWhenRead, int Weight)
{
    private static readonly TimeSpan Unread = TimeSpan.FromMinutes(10);

    public static readonly KeptKind ProjectCopy = new("project", "the project's version", Unread, true, Weight: 5);

    public static readonly KeptKind ProjectAnswer = new("project-answer", "the project's version and the day", Unread, true, Weight: 1);

    public static readonly KeptKind AuditPage = new("trail-page", "the trail's newest entry", Unread, true, Weight: 1);

    public static readonly KeptKind PortfolioAnswer = new("portfolio", "every project's version in the organisation and the day", Unread, true, Weight: 1);

    /// <summary>Tampering is looked for by time: a change made outside the app changes no version.</summary>
    public static readonly KeptKind TrailHealth = new("trail-health", "15 seconds", TimeSpan.FromSeconds(15), false, Weight: 1);

    public static readonly KeptKind PackPages = new("pack-pages", "the pack's content fingerprint", TimeSpan.FromMinutes(30), true, Weight: 1);

    public static IReadOnlyList<KeptKind> All { get; } = [ProjectCopy, ProjectAnswer, AuditPage, PortfolioAnswer, TrailHealth, PackPages];
}
