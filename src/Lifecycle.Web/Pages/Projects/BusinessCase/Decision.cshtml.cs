using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Access;
using Lifecycle.Application.Projects;
using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.BusinessCase;

/// <summary>A senior leader approves or rejects the submitted business case.</summary>
[RequiresProjectOperation(ProjectOperation.DecideSignOff)]
public sealed class DecisionModel(GetProject getProject, DecideSignOffHandler decide) : ProjectPageModel
{
    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public string? Comment { get; set; }


    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Version = Project.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Enum.TryParse<Decision>(Choice, out var decision) || !Enum.IsDefined(decision))
        {
            ModelState.AddModelError(nameof(Choice), "Select whether you approve or reject the business case");
        }

        if (Comment?.Length > TextLimits.Reason)
        {
            ModelState.AddModelError(nameof(Comment), $"Comment must be {TextLimits.Reason:N0} characters or fewer");
        }

        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(
                () => decide.HandleAsync(new DecideSignOff(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, SignOffKind.BusinessCase, decision, Comment), HttpContext.RequestAborted),
                decision == Decision.Approved ? "You have approved the business case." : "You have rejected the business case. The project manager can see your comment.",
                $"/projects/{ProjectId}/business-case",
                nameof(Choice));
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
