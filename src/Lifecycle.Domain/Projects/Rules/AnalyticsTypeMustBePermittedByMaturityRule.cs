
namespace Lifecycle.Domain.Projects;

/// <summary>Medium maturity permits descriptive and diagnostic analytics; only high permits predictive.</summary>
public sealed class AnalyticsTypeMustBePermittedByMaturityRule(Project project, AnalyticsType? type) : IBusinessRule
{
    public bool IsBroken() => type is { } chosen && project.MaturityResult is { } level && !level.Permits(chosen);

    public string Message => project.MaturityResult == MaturityLevel.Low
        ? "data maturity is above low: at low maturity no type of analytics is advisable yet"
        : $"{type?.ToString().ToLowerInvariant()} analytics is allowed by the council's data maturity: {project.MaturityResult?.ToString().ToLowerInvariant()} maturity permits descriptive and diagnostic analytics only";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => project.MaturityResult == MaturityLevel.Low
        ? "Data maturity is low, so no type of analytics is advisable yet: improve data maturity first"
        : $"{type?.ToString()} analytics needs higher data maturity: at {project.MaturityResult?.ToString().ToLowerInvariant()} maturity, choose descriptive or diagnostic analytics";
}
