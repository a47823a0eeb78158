using System.Globalization;
using Lifecycle.Application.Access;
using Lifecycle.Application.Engagement;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewTrainingModel(GetProject getProject, RecordTrainingHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public DateInput DeliveredOn { get; set; } = new();

    [BindProperty]
    public string? Audience { get; set; }

    [BindProperty]
    public string? PeopleTrained { get; set; }

    [BindProperty]
    public string? Covered { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.RequireDate(nameof(DeliveredOn), DeliveredOn, "the date of the training");
        ModelState.RequireText(nameof(Audience), Audience, "Enter who was trained", TextLimits.ShortText, "Who was trained");
        var count = int.TryParse(PeopleTrained?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : (int?)null;
        if (count is null)
        {
            ModelState.AddModelError(nameof(PeopleTrained), "Enter how many people were trained, as a whole number from 1 to 100,000");
        }

        ModelState.RequireText(nameof(Covered), Covered, "Enter what the training covered", TextLimits.LongText, "What the training covered");
        return await SaveAsync(
            () => handler.HandleAsync(new RecordTraining(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, DeliveredOn.Value!.Value, Audience!, count!.Value, Covered!), HttpContext.RequestAborted),
            "The training has been recorded.",
            ProjectPage("/Projects/Engagement/Index", null, "training"),
            nameof(DeliveredOn));
    }
}
