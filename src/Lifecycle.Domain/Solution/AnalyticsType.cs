namespace Lifecycle.Domain.Solution;

/// <summary>What the tool does with data, from least to most demanding (stage 3).</summary>
public enum AnalyticsType
{
    Descriptive,
    Diagnostic,
    Predictive,
}
