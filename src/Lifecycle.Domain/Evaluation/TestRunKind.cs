namespace Lifecycle.Domain.Evaluation;

/// <summary>Stage 7's two kinds of test: on historic data (alpha), then in a live sandbox (beta).</summary>
public enum TestRunKind
{
    Alpha,
    Beta,
}
