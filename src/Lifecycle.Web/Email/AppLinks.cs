using Lifecycle.Application.Abstractions;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.Startup;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Email;

/// <summary>
/// Links in emails, addressed by page name so that a renamed page fails loudly here rather than sending a
/// broken link, and made absolute with the public address (App:PublicBaseUrl).
/// </summary>
public sealed class AppLinks(LinkGenerator links, IOptions<PublicAddress> address, IHttpContextAccessor http) : IAppLinks
{
    public string ProjectOverview(Guid projectId) => Page("/Projects/Overview", projectId);

    public string SignOffDecision(Guid projectId, SignOffKind kind) => Page(kind switch
    {
        SignOffKind.BusinessCase => "/Projects/BusinessCase/Decision",
        SignOffKind.GoLive => "/Projects/GoLive/Decision",
        SignOffKind.Retirement => "/Projects/Retirement/Decision",
        SignOffKind.ThresholdChange => "/Projects/Thresholds/Decision",
        SignOffKind.PlanChange => "/Projects/GoLive/PlanDecision",
    }, projectId);

    public string SignOffOutcome(Guid projectId, SignOffKind kind) => Page(kind switch
    {
        SignOffKind.BusinessCase => "/Projects/BusinessCase/Index",
        SignOffKind.GoLive => "/Projects/GoLive/Index",
        SignOffKind.Retirement => "/Projects/Retirement/Index",
        SignOffKind.ThresholdChange => "/Projects/Design/Index",
        SignOffKind.PlanChange => "/Projects/Monitoring/Index",
    }, projectId);

    public string Monitoring(Guid projectId) => Page("/Projects/Monitoring/Index", projectId);

    public string FeedbackRegister(Guid projectId) => Page("/Projects/Engagement/Index", projectId);

    public string EmailPreferences() => Page("/Account/EmailSettings", null);

    private string Page(string page, Guid? projectId)
    {
        var path = links.GetPathByPage(page, handler: null, values: projectId is { } id ? new { projectId = id } : null)
            ?? throw new InvalidOperationException($"No page {page} to link to.");
        return address.Value.LinkTo(path, http.HttpContext?.Request);
    }
}
