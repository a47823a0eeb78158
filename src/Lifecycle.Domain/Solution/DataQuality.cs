namespace Lifecycle.Domain.Solution;

/// <summary>The result of a dataset's quality audit (stage 3).</summary>
public enum DataQuality
{
    NotAssessed,
    Good,
    Adequate,
    Poor,
}
