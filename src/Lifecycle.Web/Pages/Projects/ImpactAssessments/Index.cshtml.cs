using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Pages.Projects.ImpactAssessments;

public sealed class ImpactAssessmentsModel(GetProject getProject) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public static string KeyFor(ImpactAssessmentKind kind) => kind switch
    {
        ImpactAssessmentKind.DataProtection => "data-protection",
        ImpactAssessmentKind.Equality => "equality",
        ImpactAssessmentKind.ChildrensRights => "childrens-rights",
        ImpactAssessmentKind.Other => "new",
    };

    public async Task OnGetAsync() => Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
