using Lifecycle.Domain.Projects;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>
/// Develop and Implement records beyond the checklists (thresholds, test results, go-live,
/// monitoring). The checklists for those stages are in the checklist section already.
/// </summary>
internal static class LaterPhaseSection
{
    public static PackSection For(Project project) => new("later-phases", "Develop and Implement records",
    [
        new PackParagraph(project.CurrentStage.Number <= 4
            ? "The project is still in the Explore phase, so there are no Develop or Implement records yet."
            : "Thresholds, test results, go-live and monitoring records: not yet recorded. Progress on stages 5 to 10 is in the stage checklists."),
    ]);
}
