using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Pages.Projects.ImpactAssessments;

/// <summary>One entry of the register: a standard assessment by name, another by id, or "new" for one the team adds.</summary>
[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class ImpactAssessmentModel(GetProject getProject, SaveImpactAssessmentHandler save) : ProjectPageModel
{
    [FromRoute]
    public string Key { get; set; } = string.Empty;

    [BindProperty]
    public ImpactAssessmentInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    public ImpactAssessmentKind Kind { get; private set; }

    public Guid? AssessmentId { get; private set; }

    public string Heading => Kind == ImpactAssessmentKind.Other && AssessmentId is null ? "Add an impact assessment" : Input.Title ?? ImpactAssessmentText.StandardTitle(Kind);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var existing = AssessmentId is { } id ? Project.ImpactAssessments.Single(a => a.Id == id) : Kind == ImpactAssessmentKind.Other ? null : Project.StandardAssessment(Kind);
        Input = ImpactAssessmentInput.From(existing);
        Input.Title ??= Kind == ImpactAssessmentKind.Other ? null : ImpactAssessmentText.StandardTitle(Kind);
        Version = Project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input.NeedsTitle = Kind == ImpactAssessmentKind.Other;

        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => save.HandleAsync(new SaveImpactAssessment(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, AssessmentId, Kind, Input.ToDetails()), HttpContext.RequestAborted),
                "The impact assessment has been saved.",
                Links.ImpactAssessments(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        ShowLatestVersion(Project.Version);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        var standard = ImpactAssessmentText.Standard.Append(ImpactAssessmentKind.Other)
            .Where(k => ImpactAssessmentsModel.KeyFor(k) == Key).ToList();
        if (standard.Count == 1)
        {
            Kind = standard[0];
            return true;
        }

        if (Guid.TryParse(Key, out var id) && Project.ImpactAssessments.SingleOrDefault(a => a.Id == id && a.Kind == ImpactAssessmentKind.Other) is { } other)
        {
            (Kind, AssessmentId) = (other.Kind, other.Id);
            return true;
        }

        return false;
    }
}
