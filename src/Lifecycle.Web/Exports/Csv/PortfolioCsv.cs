using System.Globalization;
using Lifecycle.Application.Portfolio;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Csv;

public static class PortfolioCsv
{
    public static Task WriteAsync(Stream output, IEnumerable<PortfolioRow> rows, CancellationToken cancellationToken) => CsvDocument.WriteAsync(output,
        ["Project", "Phase", "Current stage", "Status", "In this stage since", "Your roles", "Next monitoring review"],
        rows.Select(p => (IReadOnlyList<string?>)
        [
            p.Name, p.CurrentStage.Phase.ToString(), p.CurrentStage.NumberedTitle, StatusTags.For(p.Status).Text,
            UkTime.ToLocal(p.StageEnteredAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join("; ", p.MyRoles.Order().Select(r => r.DisplayName())),
            p.NextReviewDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ]),
        cancellationToken);
}
