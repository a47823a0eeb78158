using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

public static class ProjectQueries
{
    /// <summary>Loads the whole aggregate, scoped to the organisation, or fails as not found.</summary>
    public static Task<Project> LoadAsync(this IQueryable<Project> projects, Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        projects.LoadAsync(projectId, organisationId, ProjectParts.All, cancellationToken);

    /// <summary>
    /// Loads the project with only the records named (and always its stages, which say where it is). What is
    /// not loaded reads as empty, so only display pages whose every answer is checked against a whole load
    /// (see ProjectViews) use anything less than <see cref="ProjectParts.All"/>.
    /// </summary>
    public static async Task<Project> LoadAsync(this IQueryable<Project> projects, Guid projectId, Guid organisationId, ProjectParts parts, CancellationToken cancellationToken) =>
        await projects.WithParts(parts).SingleOrDefaultAsync(p => p.Id == projectId && p.OrganisationId == organisationId, cancellationToken)
        ?? throw new NotFoundException("Project");

    /// <summary>Several whole projects of one organisation in one round of queries (the ids not found are left out).</summary>
    public static Task<IReadOnlyList<Project>> LoadManyAsync(this IQueryable<Project> projects, IReadOnlyCollection<Guid> projectIds, Guid organisationId,
        CancellationToken cancellationToken) =>
        projects.LoadManyAsync(projectIds, organisationId, ProjectParts.All, cancellationToken);

    /// <summary>Several projects of one organisation with only the records named, in one round of queries.</summary>
    public static async Task<IReadOnlyList<Project>> LoadManyAsync(this IQueryable<Project> projects, IReadOnlyCollection<Guid> projectIds, Guid organisationId,
        ProjectParts parts, CancellationToken cancellationToken) =>
        await projects.WithParts(parts).Where(p => p.OrganisationId == organisationId && projectIds.Contains(p.Id)).ToListAsync(cancellationToken);

    private static IQueryable<Project> WithParts(this IQueryable<Project> projects, ProjectParts parts) =>
        projects
            .Include(p => p.Stages)
            .IncludeIf(parts, ProjectParts.Items, p => p.Items)
            .IncludeIf(parts, ProjectParts.Members, p => p.Members)
            .IncludeIf(parts, ProjectParts.MaturityScores, p => p.MaturityScores)
            .IncludeIf(parts, ProjectParts.Datasets, p => p.Datasets)
            .IncludeIf(parts, ProjectParts.Triages, p => p.Triages)
            .IncludeIf(parts, ProjectParts.BusinessCase, p => p.BusinessCase)
            .IncludeIf(parts, ProjectParts.SignOffs, p => p.SignOffRequests)
            .IncludeIf(parts, ProjectParts.SignOffs, p => p.SignOffs)
            .IncludeIf(parts, ProjectParts.WorkbookAnswers, p => p.WorkbookAnswers)
            .IncludeIf(parts, ProjectParts.ImpactAssessments, p => p.ImpactAssessments)
            .IncludeIf(parts, ProjectParts.Oversight, p => p.OversightMembers)
            .IncludeIf(parts, ProjectParts.Oversight, p => p.OversightMeetings)
            .IncludeIf(parts, ProjectParts.Risks, p => p.Risks)
            .IncludeIf(parts, ProjectParts.TestRuns, p => p.TestRuns)
            .IncludeIf(parts, ProjectParts.ExternalValidations, p => p.ExternalValidations)
            .IncludeIf(parts, ProjectParts.Feedback, p => p.Feedback)
            .IncludeIf(parts, ProjectParts.Engagements, p => p.Engagements)
            .IncludeIf(parts, ProjectParts.Training, p => p.Training)
            .IncludeIf(parts, ProjectParts.MonitoringReviews, p => p.MonitoringReviews)
            .IncludeIf(parts, ProjectParts.ScopeChanges, p => p.ScopeChanges)
            .IncludeIf(parts, ProjectParts.TransparencyEntries, p => p.TransparencyEntries)
            .IncludeIf(parts, ProjectParts.ThresholdHistory, p => p.ThresholdHistory)
            .IncludeIf(parts, ProjectParts.KeepInUseDecisions, p => p.KeepInUseDecisions);

    private static IQueryable<Project> IncludeIf<TRecords>(this IQueryable<Project> projects, ProjectParts wanted, ProjectParts part, System.Linq.Expressions.Expression<Func<Project, TRecords>> records) =>
        wanted.HasFlag(part) ? projects.Include(records) : projects;
}
