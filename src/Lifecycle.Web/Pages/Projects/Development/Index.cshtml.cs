using Lifecycle.Application.Access;
using Lifecycle.Application.Delivery;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Delivery;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Development;

/// <summary>Stage 6: the privacy and security protections, explanation, challenge route and feedback process built into the tool.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, RecordDevelopmentSafeguardsHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public string? PrivacyAndSecurity { get; set; }

    [BindProperty]
    public string? Explainability { get; set; }

    [BindProperty]
    public string? ChallengeRoute { get; set; }

    [BindProperty]
    public string? FeedbackProcess { get; set; }

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    public IReadOnlyList<TextField> Fields =>
    [
        new(nameof(PrivacyAndSecurity), "Privacy and security protections", "Who can see what, how data is protected in storage and in transit, and what is kept or deleted.", PrivacyAndSecurity),
        new(nameof(Explainability), "How outputs are explained", "What a practitioner sees alongside an output so they understand why the tool produced it.", Explainability),
        new(nameof(ChallengeRoute), "How outputs can be challenged", "How practitioners, children and families can question an output, and who responds.", ChallengeRoute),
        new(nameof(FeedbackProcess), "Feedback process", "How users report problems or suggestions, and how the team reviews and answers them.", FeedbackProcess),
    ];

    protected override IActionResult? Prefill()
    {
        var saved = Project.DevelopmentSafeguards;
        (PrivacyAndSecurity, Explainability, ChallengeRoute, FeedbackProcess) = (saved?.PrivacyAndSecurity, saved?.Explainability, saved?.Challenge, saved?.FeedbackProcess);
        return null;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var field in Fields)
        {
            ModelState.LimitText(field.Key, field.Value, TextLimits.LongText, field.Label);
        }

        return await SaveAsync(
            () => handler.HandleAsync(new RecordDevelopmentSafeguards(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor,
                new DevelopmentSafeguards(PrivacyAndSecurity, Explainability, ChallengeRoute, FeedbackProcess)), HttpContext.RequestAborted),
            "The development safeguards have been saved.",
            ProjectPage("/Projects/Stages/Stage", new { stageNumber = Project.DevelopmentStage }),
            nameof(PrivacyAndSecurity));
    }
}
