namespace Lifecycle.Domain.Triage;

/// <summary>Plain-English names and next steps for triage results (stage 4).</summary>
public static class TriageText
{
    public static string DisplayName(this TriageTheme theme) => theme switch
    {
        TriageTheme.MitigatingBias => "Mitigating bias",
        TriageTheme.CoDesign => "Co-design with users",
        TriageTheme.DataQuality => "Data quality",
        TriageTheme.DataUseAndSharing => "Data use and sharing",
        TriageTheme.TestingAndEvaluation => "Testing and evaluation",
        TriageTheme.GovernanceAndOversight => "Governance and oversight",
        TriageTheme.Legal => "Legal",
        TriageTheme.ProcuringThirdPartyExpertise => "Procuring third-party expertise",
        TriageTheme.PublicCommunications => "Public communications",
    };

    public static string WhatToDo(this TriageTheme theme) => theme switch
    {
        TriageTheme.MitigatingBias => "Check each dataset for groups that are missing or poorly recorded, and plan to test results for each group (stages 3, 5 and 7).",
        TriageTheme.CoDesign => "Involve the people who will use the tool in designing it, and plan training before it is used (stages 5 and 7).",
        TriageTheme.DataQuality => "Complete a quality audit of each dataset and fix or document the gaps before design (stage 3).",
        TriageTheme.DataUseAndSharing => "Agree a lawful basis and data sharing agreements, and start the DPIA now (stage 4).",
        TriageTheme.TestingAndEvaluation => "Set accuracy thresholds before testing and plan an evaluation of impact (stages 5, 7 and 8).",
        TriageTheme.GovernanceAndOversight => "Set up an oversight group with members from outside the project (stage 4).",
        TriageTheme.Legal => "Take advice from your legal and information governance teams before going further (stage 4).",
        TriageTheme.ProcuringThirdPartyExpertise => "Carry out due diligence on the supplier and agree access to its methods and a handover (stages 3 and 8).",
        TriageTheme.PublicCommunications => "Plan how you will explain the tool to children, families and the public (stage 8).",
    };

    public static string DisplayName(this Obligation obligation) => obligation switch
    {
        Obligation.DataProtectionImpactAssessment => "A data protection impact assessment (DPIA)",
        Obligation.EqualityImpactAssessment => "An equality impact assessment",
        Obligation.ChildrensRightsImpactAssessment => "A children's rights impact assessment",
        Obligation.IndependentScrutiny => "Scrutiny by someone independent of the project",
        Obligation.IndependentEvaluator => "An evaluator independent of the project",
    };
}
