using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Pages.Projects.Testing;

/// <summary>A form about one test run or monitoring review, named in the route by source ("test-runs" or "reviews") and number.</summary>
public abstract class ResultPageModel(GetProject getProject) : RecordFormPageModel(getProject)
{
    public const string TestRuns = "test-runs";
    public const string Reviews = "reviews";

    [FromRoute]
    public string Source { get; set; } = string.Empty;

    [FromRoute]
    public int Number { get; set; }

    public JudgedResult Result => Project.FindResult(Kind!.Value, Number)!;

    public string BackPath => Kind == ResultKind.TestRun
        ? Links.TestRun(ProjectId, Number)
        : Links.MonitoringReview(ProjectId, Number);

    protected ResultKind? Kind => Source switch
    {
        TestRuns => ResultKind.TestRun,
        Reviews => ResultKind.MonitoringReview,
        _ => null,
    };

    protected override bool RecordExists => Kind is { } kind && Project.FindResult(kind, Number) is not null;
}
