using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;

namespace Lifecycle.Web.Pages.Projects.Risks;

public sealed class NewModel(GetProject getProject, SaveRiskHandler save) : RiskFormPageModel(getProject, save), Security.IAddsARecord
{
    public override string Heading => "Add a risk";

    protected override Guid? RiskId => null;

    public async Task OnGetAsync() => Version = (await LoadAsync()).Version;

    public Task<IActionResult> OnPostAsync() => SaveAsync();
}
