using Lifecycle.Application.Access;
using Lifecycle.Application.Delivery;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Retirement;

/// <summary>
/// Stage 9: propose retiring the tool to a senior leader. Stage 10: date the archiving of the
/// transparency record, then complete the stage to retire the project.
/// </summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, ProposeRetirementHandler propose, ArchiveTransparencyRecordHandler archive) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public DateInput ArchivedOn { get; set; } = new();

    protected override IActionResult? Prefill()
    {
        Reasons = Project.RetirementReasons;
        ArchivedOn = DateInput.From(Project.TransparencyArchivedOn);
        return null;
    }

    [RequiresProjectOperation(ProjectOperation.ChangeStatus)]
    public Task<IActionResult> OnPostProposeAsync()
    {
        ModelState.RequireText(nameof(Reasons), Reasons, "Enter why the tool should be retired", TextLimits.LongText, "Reasons");
        return SaveAsync(
            () => propose.HandleAsync(new ProposeRetirement(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Reasons), HttpContext.RequestAborted),
            "Retirement has been sent to the project's senior leaders for a decision.",
            ProjectPage("/Projects/Retirement/Index"),
            nameof(Reasons));
    }

    [RequiresProjectOperation(ProjectOperation.AdvanceStage)]
    public Task<IActionResult> OnPostArchiveAsync()
    {
        ModelState.RequireDate(nameof(ArchivedOn), ArchivedOn, "the date the transparency record was archived");
        return SaveAsync(
            () => archive.HandleAsync(new ArchiveTransparencyRecord(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, ArchivedOn.Value!.Value), HttpContext.RequestAborted),
            "The archive date of the transparency record has been saved.",
            ProjectPage("/Projects/Retirement/Index"),
            nameof(ArchivedOn));
    }
}
