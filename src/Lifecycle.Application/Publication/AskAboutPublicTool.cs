using Lifecycle.Application.Engagement;
using Lifecycle.Domain.Engagement;

namespace Lifecycle.Application.Publication;

/// <summary>A question or challenge sent from a tool's public page; it lands in the project's feedback and challenges register.</summary>
public sealed record AskAboutPublicTool(PublicTool Tool, FeedbackKind Kind, string? Name, string About, string Details, DateOnly Today);

public sealed class AskAboutPublicToolHandler(RecordFeedbackHandler record)
{
    /// <summary>Who the register and the audit trail say recorded it: nobody signed in.</summary>
    public static readonly Actor PublicPage = new(Guid.Empty, "A member of the public, through the public page");

    public Task HandleAsync(AskAboutPublicTool c, CancellationToken ct) =>
        record.HandleAsync(new RecordFeedback(c.Tool.ProjectId, c.Tool.OrganisationId, Guid.Empty, PublicPage, c.Kind, c.Name, c.Today, c.About, c.Details), ct);
}
