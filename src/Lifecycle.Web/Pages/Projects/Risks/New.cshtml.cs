using FluentValidation;
using Lifecycle.Application.Governance;
using Lifecycle.Application.Projects;
using Lifecycle.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Risks;

public sealed class NewModel(GetProject getProject, SaveRiskHandler save, IValidator<RiskInput> validator) : RiskFormPageModel(getProject, save, validator)
{
    public override string Heading => "Add a risk";

    protected override Guid? RiskId => null;

    public async Task OnGetAsync() => Version = (await LoadAsync()).Version;

    public Task<IActionResult> OnPostAsync() => SaveAsync();
}
