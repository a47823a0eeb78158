using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Exports.Pack.Sections;

internal static class MaturitySection
{
    public static PackSection For(Project project)
    {
        if (project.MaturityScores.Count == 0)
        {
            return new("maturity", "Data maturity (stage 2)", [PackText.NothingYet("The data maturity self-assessment")]);
        }

        return new("maturity", "Data maturity (stage 2)",
        [
            new PackFacts(
            [
                new("Result", project.MaturityResult is { } level ? $"{level} maturity" : PackText.NotRecorded),
                new("What it allows", project.MaturityResult?.Permits() ?? PackText.NotRecorded),
            ]),
            new PackTable("Scores by component",
                ["Component", "Score", "Why", "Assessed by"],
                project.MaturityScores.OrderBy(s => s.Component).Select(s => (IReadOnlyList<string>)
                [
                    s.Component.DisplayName(),
                    $"{s.Score} ({MaturityScale.LevelName(s.Score)})",
                    s.Justification,
                    PackText.By(s.AssessedByName, s.AssessedAt),
                ]).ToList(),
                [24, 14, 36, 26]),
        ]);
    }
}
