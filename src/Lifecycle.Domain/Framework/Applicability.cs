namespace Lifecycle.Domain.Framework;

/// <summary>When a checklist item applies to a project.</summary>
public enum Applicability
{
    Always,
    PredictiveOnly,
    ThirdPartyOnly,
    HighRiskOnly,

    /// <summary>High-risk or novel tools, or a council short of in-house technical skill: someone independent must look.</summary>
    IndependentScrutinyOnly,
}
