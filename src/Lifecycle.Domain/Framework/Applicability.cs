namespace Lifecycle.Domain.Framework;

/// <summary>When a checklist item applies to a project.</summary>
public enum Applicability
{
    Always,
    PredictiveOnly,
    ThirdPartyOnly,
    HighRiskOnly,
}
