using Lifecycle.Domain.Framework;
using Lifecycle.Web.Display;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Exports.Pack.Sections;

internal static class ProgressSection
{
    public static PackSection For(Project project, DateTime generatedAt) => new("progress", "Progress by stage",
    [
        .. PackChart.WithTable(TimelineChart.For("pack-timeline", project, generatedAt)),
        new PackTable("Where each stage stands",
            ["Stage", "Phase", "Status", "Entered", "Completed"],
            LifecycleFramework.Stages.Select(stage =>
            {
                var visits = project.Stages.Where(s => s.StageNumber == stage.Number).OrderBy(s => s.EnteredAt).ToList();
                var progress = visits.LastOrDefault();
                var returns = visits.Where(v => v.WasReturned)
                    .Select(v => $"\nReturned to Development by {PackText.By(v.CompletedByName, v.CompletedAt)}: {v.ReturnReason}");
                return (IReadOnlyList<string>)
                [
                    stage.NumberedTitle,
                    stage.Phase.ToString(),
                    StatusTags.For(project.StatusOf(stage.Number)).Text,
                    progress is null ? "Not yet" : PackText.By(progress.EnteredByName, progress.EnteredAt),
                    (progress?.CompletedAt is null || progress.WasReturned ? "Not yet" : PackText.By(progress.CompletedByName, progress.CompletedAt)) + string.Concat(returns),
                ];
            }).ToList(),
            [26, 12, 16, 23, 23]),
    ]);
}
