using System.Globalization;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Csv;

public static class RiskLogCsv
{
    public static byte[] Write(Project project, DateOnly today) => CsvDocument.Write(
        ["Number", "Title", "Description", "Category", "Likelihood", "Impact", "Score", "Rating", "Owner", "Mitigation", "Status", "Review by", "Review overdue", "Last updated (UTC)"],
        project.Risks.OrderByDescending(r => r.Details.Score).ThenBy(r => r.Number).Select(r => (IReadOnlyList<string?>)
        [
            $"R{r.Number}", r.Title, r.Description, r.Category,
            Number(r.Likelihood), Number(r.Impact), Number(r.Details.Score),
            StatusTags.For(r.Details.Rating).Text,
            r.Owner, r.Mitigation, r.Status.ToString(),
            r.ReviewOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.IsReviewOverdue(today) ? "Yes" : "No",
            r.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ]));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
