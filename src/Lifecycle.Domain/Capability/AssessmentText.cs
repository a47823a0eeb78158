namespace Lifecycle.Domain.Capability;

/// <summary>Plain-English names for assessment values, used in rule messages and pages alike.</summary>
public static class AssessmentText
{
    public static string DisplayName(this MaturityComponent component) => component switch
    {
        MaturityComponent.DataInformedDecisions => "How data informs decisions and services",
        MaturityComponent.AttitudesToData => "Attitudes to data",
        MaturityComponent.DataManagement => "How data is stored, accessed, shared and quality-assured",
        MaturityComponent.AnalyticalCapacity => "Capacity for analysis and data science",
        MaturityComponent.GovernanceAndPrivacy => "Data governance, protection and privacy",
    };

    public static string Prompt(this MaturityComponent component) => component switch
    {
        MaturityComponent.DataInformedDecisions => "Do leaders and practitioners routinely use data when they plan services and make decisions?",
        MaturityComponent.AttitudesToData => "Do staff see the value of data, trust it where it deserves trust, and feel able to question it?",
        MaturityComponent.DataManagement => "Is data well organised, easy to reach for those entitled to it, shared safely, and checked for quality?",
        MaturityComponent.AnalyticalCapacity => "Does the council have enough analysts with the skills, tools and time to build and run this kind of tool?",
        MaturityComponent.GovernanceAndPrivacy => "Are data protection, information governance and privacy practices well established and followed?",
    };

    public static string Permits(this MaturityLevel level) => level switch
    {
        MaturityLevel.Low => "No analytics tool yet. Improve data maturity first (stage 2).",
        MaturityLevel.Medium => "Descriptive and diagnostic analytics. Predictive tools need high maturity.",
        MaturityLevel.High => "Descriptive, diagnostic and predictive analytics. Predictive tools bring extra conditions in stage 2.",
    };

    public static string Describe(this AnalyticsType type) => type switch
    {
        AnalyticsType.Descriptive => "Describes what has happened, for example counts and trends of referrals",
        AnalyticsType.Diagnostic => "Helps explain why something happened, for example what drives repeat referrals",
        AnalyticsType.Predictive => "Estimates what is likely to happen, for example which families may need support",
    };

    public static string DisplayName(this DataQuality quality) => quality switch
    {
        DataQuality.NotAssessed => "Not assessed yet",
        DataQuality.Good => "Good",
        DataQuality.Adequate => "Adequate, with known gaps",
        DataQuality.Poor => "Poor",
    };
}
