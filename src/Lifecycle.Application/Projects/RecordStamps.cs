using System.Globalization;

namespace Lifecycle.Application.Projects;

/// <summary>
/// Stamps for <see cref="ConflictScope.Record"/>: a value that changes whenever the one record changes, read when the
/// form is shown and compared when it is saved. "missing" for a record no longer there, so its save is a conflict.
/// </summary>
public static class RecordStamps
{
    public static string Risk(Project project, Guid riskId) =>
        project.Risks.SingleOrDefault(r => r.Id == riskId)?.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture) ?? "missing";

    /// <summary>The response's time ("none" before the first): replying twice to one item clashes, replying to two does not.</summary>
    public static string FeedbackResponse(Project project, Guid feedbackId) =>
        project.Feedback.SingleOrDefault(f => f.Id == feedbackId) is { } item
            ? item.RespondedAt?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "none"
            : "missing";
}
