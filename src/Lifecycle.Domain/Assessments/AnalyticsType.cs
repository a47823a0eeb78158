namespace Lifecycle.Domain.Assessments;

/// <summary>What the tool does with data, from least to most demanding (stage 3).</summary>
public enum AnalyticsType
{
    Descriptive,
    Diagnostic,
    Predictive,
}
