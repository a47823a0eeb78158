using Lifecycle.Web.Display;

namespace Lifecycle.Web.Tests.Audit;

public sealed class AuditValuesTests
{
    [Fact]
    public void Snapshot_ReadsAsLabelledLinesWithoutBlanks()
    {
        var lines = AuditValues.Lines("""{"Outcome":"NotApplicable","Note":null,"NotApplicableReason":"No interface: a monthly report","IsHighRisk":false}""");

        Assert.Equal(
            [("Outcome", "Not applicable"), ("Not applicable reason", "No interface: a monthly report"), ("Is high risk", "No")],
            lines);
    }

    [Fact]
    public void NotJson_IsShownAsItIs() =>
        Assert.Equal([(string.Empty, "plain text")], AuditValues.Lines("plain text"));
}
