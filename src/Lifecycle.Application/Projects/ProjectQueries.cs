using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

public static class ProjectQueries
{
    /// <summary>Loads the whole aggregate, scoped to the organisation, or fails as not found.</summary>
    public static async Task<Project> LoadAsync(this IQueryable<Project> projects, Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        await projects
            .Include(p => p.Stages)
            .Include(p => p.Items)
            .Include(p => p.Members)
            .Include(p => p.MaturityScores)
            .Include(p => p.Datasets)
            .Include(p => p.Triages)
            .Include(p => p.BusinessCase)
            .Include(p => p.SignOffRequests)
            .Include(p => p.SignOffs)
            .Include(p => p.WorkbookAnswers)
            .Include(p => p.ImpactAssessments)
            .Include(p => p.OversightMembers)
            .Include(p => p.OversightMeetings)
            .Include(p => p.Risks)
            .Include(p => p.TestRuns)
            .Include(p => p.ExternalValidations)
            .Include(p => p.Feedback)
            .Include(p => p.Engagements)
            .Include(p => p.Training)
            .Include(p => p.MonitoringReviews)
            .Include(p => p.ScopeChanges)
            .Include(p => p.TransparencyEntries)
            .Include(p => p.ThresholdHistory)
            .SingleOrDefaultAsync(p => p.Id == projectId && p.OrganisationId == organisationId, cancellationToken)
        ?? throw new NotFoundException("Project");
}
