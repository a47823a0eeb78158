using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.Display;
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

    public string SignOffDecision(Guid projectId, SignOffKind kind) => Page(SignOffLinks.DecisionPage(kind), projectId);

    public string SignOffOutcome(Guid projectId, SignOffKind kind) => Page(SignOffLinks.ReadPage(kind), projectId);

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
