namespace Lifecycle.Domain.Triage;

/// <summary>Areas the triage can flag for extra attention.</summary>
public enum TriageTheme
{
    MitigatingBias,
    CoDesign,
    DataQuality,
    DataUseAndSharing,
    TestingAndEvaluation,
    GovernanceAndOversight,
    Legal,
    ProcuringThirdPartyExpertise,
    PublicCommunications,
}
