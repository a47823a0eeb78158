using Lifecycle.Application.Governance;

namespace Lifecycle.Web.Pages.Projects.Risks;

public sealed class NewModel(GetProject getProject, SaveRiskHandler save, IValidator<RiskInput> validator) : RiskFormPageModel(getProject, save, validator)
{
    public override string Heading => "Add a risk";

    protected override Guid? RiskId => null;

    public async Task OnGetAsync() => Version = (await LoadAsync()).Version;

    public Task<IActionResult> OnPostAsync() => SaveAsync();
}
