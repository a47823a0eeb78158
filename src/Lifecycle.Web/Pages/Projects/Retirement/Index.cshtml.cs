using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;

namespace Lifecycle.Web.Pages.Projects.Retirement;

/// <summary>
/// Stage 9: propose retiring the tool to a senior leader. Stage 10: date the archiving of the
/// transparency record, then complete the stage to retire the project.
/// </summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, ProposeRetirementHandler propose, ArchiveTransparencyRecordHandler archive) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public RetirementInput Input { get; set; } = new();

    [BindProperty]
    public ArchiveInput Archive { get; set; } = new();

    protected override IActionResult? Prefill()
    {
        Input.Reasons = Project.RetirementReasons;
        Archive.ArchivedOn = DateInput.From(Project.TransparencyArchivedOn);
        return null;
    }

    [RequiresProjectOperation(ProjectOperation.ChangeStatus)]
    public async Task<IActionResult> OnPostProposeAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => propose.HandleAsync(new ProposeRetirement(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.Reasons), HttpContext.RequestAborted),
            "Retirement has been sent to the project's senior leaders for a decision.",
            Links.Retirement(ProjectId),
            "Input.Reasons");
    }

    [RequiresProjectOperation(ProjectOperation.AdvanceStage)]
    public async Task<IActionResult> OnPostArchiveAsync()
    {
        await ValidateAsync(Archive, nameof(Archive));
        return await SaveAsync(
            () => archive.HandleAsync(new ArchiveTransparencyRecord(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Archive.ArchivedOn.Value!.Value), HttpContext.RequestAborted),
            "The archive date of the transparency record has been saved.",
            Links.Retirement(ProjectId),
            "Archive.ArchivedOn");
    }
}
