using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>The analytics type chosen in stage 3 and every dataset the tool would use.</summary>
internal static class SolutionSection
{
    public static PackSection For(Project project) => new("solution", "Analytics type and datasets (stage 3)",
        Blocks(project).ToList());

    private static IEnumerable<PackBlock> Blocks(Project project)
    {
        yield return new PackFacts(
        [
            new("Analytics type", project.AnalyticsType is { } type ? $"{type}: {type.Describe()}" : PackText.NotRecorded),
            new("Predictive", PackText.YesNo(project.IsPredictive)),
            new("Involves a third party", PackText.YesNo(project.InvolvesThirdParty)),
        ]);
        yield return new PackHeading("Datasets");
        if (project.Datasets.Count == 0)
        {
            yield return PackText.NothingYet("Datasets");
        }

        foreach (var dataset in project.Datasets.OrderBy(d => d.Name, StringComparer.CurrentCulture))
        {
            yield return new PackFacts(
            [
                new("Dataset", dataset.Name),
                new("Owner", PackText.Or(dataset.Owner)),
                new("Source", PackText.Or(dataset.Source)),
                new("Rows", dataset.RowCount?.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? PackText.NotRecorded),
                new("Missing values", dataset.MissingPercent is { } missing ? $"{missing:0.##}%" : PackText.NotRecorded),
                new("Consistency", PackText.Or(dataset.ConsistencyNotes)),
                new("Personal data", PackText.YesNo(dataset.ContainsPersonalData)),
                new("Special category data", PackText.YesNo(dataset.ContainsSpecialCategoryData)),
                new("Demographic fields", PackText.Or(dataset.DemographicFields)),
                new("Quality", $"{dataset.Quality.DisplayName()}{(dataset.QualityNotes is { } notes ? $": {notes}" : string.Empty)}"),
            ]);
        }
    }
}
