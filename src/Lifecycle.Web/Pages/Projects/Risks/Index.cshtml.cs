using Lifecycle.Domain.Common;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Pages.Projects.Risks;

/// <summary>The risk log, sortable by score, review date or number, with overdue reviews highlighted.</summary>
public sealed class IndexModel(GetProject getProject, TimeProvider clock) : ProjectPageModel
{
    [FromQuery]
    public string? Sort { get; set; }

    public Project Project { get; private set; } = null!;

    public IReadOnlyList<Risk> Risks { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Project = await getProject.SharedCopyAsync(ProjectId, CurrentUser.OrganisationId, ProjectViews.RiskLog, HttpContext.RequestAborted);
        Today = UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
        Risks = Sort switch
        {
            "review" => Project.Risks.OrderBy(r => r.ReviewOn ?? DateOnly.MaxValue).ThenBy(r => r.Number).ToList(),
            "number" => Project.Risks.OrderBy(r => r.Number).ToList(),
            _ => Project.Risks.OrderBy(r => r.Status).ThenByDescending(r => r.Details.Score).ThenBy(r => r.Number).ToList(),
        };
    }
}
