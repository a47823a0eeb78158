using Lifecycle.Application.Capability;
using Lifecycle.Application.Solution;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Pages.Projects.Capability;

/// <summary>The data maturity self-assessment (stage 2): five parts, each scored 1 to 5 with a reason.</summary>
public sealed class MaturityModel(GetProject getProject, RecordMaturityAssessmentHandler record) : ProjectPageModel
{
    [BindProperty]
    public MaturityInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Input = MaturityInput.From(Project.MaturityScores);
        Version = Project.Version;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => record.HandleAsync(new RecordMaturityAssessment(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToScores()), HttpContext.RequestAborted),
                "The data maturity self-assessment has been saved.",
                Links.Maturity(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        ShowLatestVersion(Project.Version);
        return Page();
    }
}
