namespace Lifecycle.Web.Links;

/// <summary>
/// Where a project's pages are, by area. Each page's name is written here once, so a redirect names a method rather
/// than a path a renamed page would silently break (<c>ProjectLinksTests</c> resolves and requests every one).
/// </summary>
public sealed class ProjectLinks(LinkGenerator links)
{
    public string Overview(Guid projectId) => To(projectId, "/Projects/Overview");

    public string Stage(Guid projectId, int stageNumber) => To(projectId, "/Projects/Stages/Stage", new { stageNumber });

    /// <summary>A checklist item, on its stage's page.</summary>
    public string StageItem(Guid projectId, int stageNumber, string itemCode) =>
        To(projectId, "/Projects/Stages/Stage", new { stageNumber }, $"item-{itemCode.Replace('.', '-')}");

    public string Team(Guid projectId) => To(projectId, "/Projects/Team/Index");

    public string Audit(Guid projectId, object? query = null) => To(projectId, "/Projects/Audit", query);

    public string Maturity(Guid projectId) => To(projectId, "/Projects/Capability/Maturity");

    public string Datasets(Guid projectId) => To(projectId, "/Projects/Solution/Datasets");

    public string BusinessCase(Guid projectId) => To(projectId, "/Projects/BusinessCase/Index");

    public string Triage(Guid projectId) => To(projectId, "/Projects/Triage/Index");

    public string WorkbookQuestion(Guid projectId, int number) => To(projectId, "/Projects/Workbook/Question", new { number });

    public string Design(Guid projectId) => To(projectId, "/Projects/Design/Index");

    public string Testing(Guid projectId) => To(projectId, "/Projects/Testing/Index");

    public string TestRun(Guid projectId, int number) => To(projectId, "/Projects/Testing/Index", fragment: $"run-{number}");

    public string Validations(Guid projectId) => To(projectId, "/Projects/Testing/Index", fragment: "validations");

    /// <summary>Accepting a result's gaps against the thresholds; <paramref name="source"/> is test runs or monitoring reviews.</summary>
    public string AcceptGap(Guid projectId, string source, int number) => To(projectId, "/Projects/Testing/AcceptGap", new { source, number });

    public string GoLive(Guid projectId) => To(projectId, "/Projects/GoLive/Index");

    public string Monitoring(Guid projectId) => To(projectId, "/Projects/Monitoring/Index");

    public string MonitoringReview(Guid projectId, int number) => To(projectId, "/Projects/Monitoring/Index", fragment: $"review-{number}");

    public string Transparency(Guid projectId) => To(projectId, "/Projects/Transparency/Index");

    public string Publication(Guid projectId) => To(projectId, "/Projects/Transparency/Index", fragment: "publication");

    public string Retirement(Guid projectId) => To(projectId, "/Projects/Retirement/Index");

    public string Oversight(Guid projectId) => To(projectId, "/Projects/Oversight/Index");

    public string ImpactAssessments(Guid projectId) => To(projectId, "/Projects/ImpactAssessments/Index");

    public string Risks(Guid projectId) => To(projectId, "/Projects/Risks/Index");

    public string Engagement(Guid projectId, EngagementPart part = EngagementPart.Top) =>
        To(projectId, "/Projects/Engagement/Index", fragment: part switch
        {
            EngagementPart.Records => "engagement",
            EngagementPart.Feedback => "feedback",
            EngagementPart.Training => "training",
            _ => null,
        });

    public string FeedbackItem(Guid projectId, int number) => To(projectId, "/Projects/Engagement/Index", fragment: $"feedback-{number}");

    private string To(Guid projectId, string page, object? values = null, string? fragment = null)
    {
        var routeValues = new RouteValueDictionary(values) { ["projectId"] = projectId };
        return links.GetPathByPage(page, handler: null, routeValues, fragment: fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"The page {page} does not resolve with {routeValues.Count} route values: was it renamed?");
    }
}

/// <summary>The parts of the engagement page a link can land on.</summary>
public enum EngagementPart
{
    Top,
    Records,
    Feedback,
    Training,
}
