
namespace Lifecycle.Domain.Transparency;

/// <summary>
/// The values GOV.UK files transparency records under (its records finder's organisation type, function, capability and
/// region lists), so a record exported here is filed as GOV.UK files it. The lifecycle guidance is for English councils'
/// children's services, which fixes the first, second and fourth; the capability follows the kind of analytics (stage 3).
/// </summary>
public static class AtrsVocabulary
{
    public const string LocalAuthority = "local-authority";

    public const string SocialProtection = "social-protection";

    public const string England = "england";

    /// <summary>Describing or explaining what happened is GOV.UK's "analysis"; predicting what will happen is "forecasting".</summary>
    public static string? CapabilityOf(AnalyticsType? type) => type switch
    {
        AnalyticsType.Descriptive or AnalyticsType.Diagnostic => "analysis",
        AnalyticsType.Predictive => "forecasting",
        _ => null,
    };
}
