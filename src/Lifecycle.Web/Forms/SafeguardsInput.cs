using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 6: the safeguards built into the tool. Each may be written over several visits, so none is required here; the gate asks for them.</summary>
public sealed class SafeguardsInput
{
    [Display(Name = "Privacy and security protections")]
    public string? PrivacyAndSecurity { get; set; }

    [Display(Name = "How outputs are explained")]
    public string? Explainability { get; set; }

    [Display(Name = "How outputs can be challenged")]
    public string? ChallengeRoute { get; set; }

    [Display(Name = "Feedback process")]
    public string? FeedbackProcess { get; set; }

    public static SafeguardsInput From(DevelopmentSafeguards? saved) => new()
    {
        PrivacyAndSecurity = saved?.PrivacyAndSecurity,
        Explainability = saved?.Explainability,
        ChallengeRoute = saved?.Challenge,
        FeedbackProcess = saved?.FeedbackProcess,
    };

    public DevelopmentSafeguards ToSafeguards() => new(PrivacyAndSecurity, Explainability, ChallengeRoute, FeedbackProcess);
}

public sealed class SafeguardsInputValidator : AbstractValidator<SafeguardsInput>
{
    public SafeguardsInputValidator()
    {
        RuleFor(x => x.PrivacyAndSecurity).OptionalText(TextLimits.LongText, "Privacy and security protections");
        RuleFor(x => x.Explainability).OptionalText(TextLimits.LongText, "How outputs are explained");
        RuleFor(x => x.ChallengeRoute).OptionalText(TextLimits.LongText, "How outputs can be challenged");
        RuleFor(x => x.FeedbackProcess).OptionalText(TextLimits.LongText, "Feedback process");
    }
}
