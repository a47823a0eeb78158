using System.Globalization;
using Lifecycle.Application.Audit;
using Lifecycle.Domain.Audit;

namespace Lifecycle.Application.Caching;

/// <summary>Every key an answer is kept under: each names the organisation and what the answer rests on.</summary>
public static class KeptKeys
{
    /// <summary>A display copy of a project with <paramref name="parts"/> loaded, as it was at <paramref name="version"/>.</summary>
    public static KeptKey<Project> ProjectCopy(Guid organisationId, Guid projectId, Guid version, ProjectParts parts) =>
        new(KeptKind.ProjectCopy, organisationId, $"{projectId:N}:{version:N}:{(long)parts}");

    /// <summary>An answer worked out from the whole project at <paramref name="version"/> on <paramref name="today"/>.</summary>
    public static KeptKey<T> ProjectAnswer<T>(Guid organisationId, Guid projectId, Guid version, DateOnly today)
        where T : class =>
        new(KeptKind.ProjectAnswer, organisationId, $"{projectId:N}:{version:N}:{typeof(T).FullName}:{today:yyyy-MM-dd}");

    /// <summary>A page of a trail that checked out, as it stood when its newest entry was <paramref name="newest"/>.</summary>
    public static KeptKey<AuditPageContents> AuditPage(Guid organisationId, Guid streamId, ChainLink? newest, AuditFilter filter, int pageNumber) =>
        new(KeptKind.AuditPage, organisationId,
            $"{streamId:N}:{newest?.Sequence.ToString(CultureInfo.InvariantCulture) ?? "empty"}-{newest?.Hash}:{filter.ActorId:N}:{pageNumber}:{Text(filter.Kind)}");

    /// <summary>
    /// An answer of the portfolio for the organisation whose projects' versions digest to <paramref name="digest"/>;
    /// <paramref name="question"/> says which answer and everything else it depends on (who asks, the filter, the day).
    /// </summary>
    public static KeptKey<T> Portfolio<T>(Guid organisationId, string digest, string question)
        where T : class =>
        new(KeptKind.PortfolioAnswer, organisationId, $"{digest}:{typeof(T).FullName}:{question}");

    /// <summary>The quick signs of tampering for one project's trail (or, with no project, a person's portfolio).</summary>
    public static KeptKey<TrailHealth> TrailHealth(Guid organisationId, Guid? projectId, Guid? personId = null, bool isAdministrator = false) =>
        new(KeptKind.TrailHealth, organisationId, projectId is { } id ? $"project:{id:N}" : $"portfolio:{personId:N}:{isAdministrator}");

    /// <summary>The pages a pack's sections start on, for the records whose content fingerprint is <paramref name="fingerprint"/>.</summary>
    public static KeptKey<IReadOnlyDictionary<string, int>> PackPages(Guid organisationId, string fingerprint) =>
        new(KeptKind.PackPages, organisationId, fingerprint);

    /// <summary>Free text (a search, a filter) goes last and escaped, so it can never read as another key's parts.</summary>
    public static string Text(string? text) => Uri.EscapeDataString(text ?? string.Empty);
}
