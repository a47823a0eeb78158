using Lifecycle.Application.Triage;

namespace Lifecycle.Web.Pages.Projects.Triage;

[RequiresProjectOperation(ProjectOperation.RecordAssessment)]
public sealed class NewModel(GetProject getProject, CompleteTriageHandler complete) : ProjectPageModel, Security.IAddsARecord
{
    [BindProperty]
    public TriageInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (Project.LatestTriage is { } latest)
        {
            Input = TriageInput.From(latest.Answers);
        }

        Version = Project.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => complete.HandleAsync(new CompleteTriage(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToAnswers()), HttpContext.RequestAborted),
                "The ethics triage has been completed.",
                Links.Triage(ProjectId));
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
