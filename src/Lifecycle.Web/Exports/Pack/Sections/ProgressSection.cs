using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack.Sections;

internal static class ProgressSection
{
    public static PackSection For(Project project) => new("progress", "Progress by stage",
    [
        new PackTable("Where each stage stands",
            ["Stage", "Phase", "Status", "Entered", "Completed"],
            LifecycleFramework.Stages.Select(stage =>
            {
                var progress = project.Stages.FirstOrDefault(s => s.StageNumber == stage.Number);
                return (IReadOnlyList<string>)
                [
                    stage.NumberedTitle,
                    stage.Phase.ToString(),
                    StatusTags.For(project.StatusOf(stage.Number)).Text,
                    progress is null ? "Not yet" : PackText.By(progress.EnteredByName, progress.EnteredAt),
                    progress?.CompletedAt is null ? "Not yet" : PackText.By(progress.CompletedByName, progress.CompletedAt),
                ];
            }).ToList(),
            [26, 12, 16, 23, 23]),
    ]);
}
