using Lifecycle.Application.Capability;
using Lifecycle.Application.Solution;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Pages.Projects.Solution;

/// <summary>Stage 3: choose the type of analytics (within what maturity permits) and who builds it.</summary>
public sealed class SolutionModel(GetProject getProject, ChooseSolutionHandler choose) : ProjectPageModel
{
    [BindProperty]
    public SolutionInput Input { get; set; } = new();

    public Project Project { get; private set; } = null!;

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Input = new()
        {
            AnalyticsType = Project.AnalyticsType?.ToString(),
            ThirdParty = Project.AnalyticsType is null ? null : Project.InvolvesThirdParty ? "yes" : "no",
        };
        Version = Project.Version;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (await ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => choose.HandleAsync(new ChooseSolution(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ChosenType!.Value, Input.InvolvesThirdParty, Input.ChangeReason), HttpContext.RequestAborted),
                "The solution has been recorded.",
                Links.Stage(ProjectId, 3),
                Project.AnalyticsTypeChangeNeedsReason(Input.ChosenType!.Value) ? "Input.ChangeReason" : "Input.AnalyticsType");
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
