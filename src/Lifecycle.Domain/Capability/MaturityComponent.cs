namespace Lifecycle.Domain.Capability;

/// <summary>The five parts of data maturity the guidance asks a council to assess (stage 2).</summary>
public enum MaturityComponent
{
    DataInformedDecisions,
    AttitudesToData,
    DataManagement,
    AnalyticalCapacity,
    GovernanceAndPrivacy,
}
