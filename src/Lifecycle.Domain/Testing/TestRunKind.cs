namespace Lifecycle.Domain.Testing;

/// <summary>Stage 7's two kinds of test: on historic data (alpha), then with users on current cases, its outputs kept away from decisions (beta).</summary>
public enum TestRunKind
{
    Alpha,
    Beta,
}
