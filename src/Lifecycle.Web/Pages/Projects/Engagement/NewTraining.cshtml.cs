using System.Globalization;
using Lifecycle.Application.Engagement;
using Lifecycle.Web.Links;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewTrainingModel(GetProject getProject, RecordTrainingHandler handler) : RecordFormPageModel(getProject), Security.IAddsARecord
{
    [BindProperty]
    public TrainingInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordTraining(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.DeliveredOn.Value!.Value, Input.Audience!, Input.Count!.Value, Input.Covered!), HttpContext.RequestAborted),
            "The training has been recorded.",
            Links.Engagement(ProjectId, EngagementPart.Training),
            "Input.DeliveredOn");
    }
}
