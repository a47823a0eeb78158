using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;

namespace Lifecycle.Web.Pages.Projects.Risks;

public sealed class EditModel(GetProject getProject, SaveRiskHandler save) : RiskFormPageModel(getProject, save)
{
    [FromRoute(Name = "riskId")]
    public Guid Id { get; set; }

    public override string Heading => "Change a risk";

    protected override Guid? RiskId => Id;

    public async Task<IActionResult> OnGetAsync()
    {
        var project = await LoadAsync();
        if (project.Risks.SingleOrDefault(r => r.Id == Id) is not { } risk)
        {
            return NotFound();
        }

        Input = RiskInput.From(risk.Details);
        Version = project.Version;
        RecordStamp = RecordStamps.Risk(project, Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync() =>
        (await LoadAsync()).Risks.Any(r => r.Id == Id) ? await SaveAsync() : NotFound();
}
