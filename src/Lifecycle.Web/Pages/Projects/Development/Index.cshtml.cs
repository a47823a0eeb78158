using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Pages.Projects.Development;

/// <summary>Stage 6: the privacy and security protections, explanation, challenge route and feedback process built into the tool.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, RecordDevelopmentSafeguardsHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public SafeguardsInput Input { get; set; } = new();

    /// <summary>What is saved, for people who may read the safeguards but not change them.</summary>
    public IReadOnlyList<SavedText> Saved => DisplayNames.Summary(Input, nameof(SafeguardsInput.PrivacyAndSecurity), nameof(SafeguardsInput.Explainability),
        nameof(SafeguardsInput.ChallengeRoute), nameof(SafeguardsInput.FeedbackProcess));

    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && !Project.IsReadOnly;

    protected override IActionResult? Prefill()
    {
        Input = SafeguardsInput.From(Project.DevelopmentSafeguards);
        return null;
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordDevelopmentSafeguards(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToSafeguards()), HttpContext.RequestAborted),
            "The development safeguards have been saved.",
            Links.Stage(ProjectId, Project.DevelopmentStage),
            "Input.PrivacyAndSecurity");
    }
}
