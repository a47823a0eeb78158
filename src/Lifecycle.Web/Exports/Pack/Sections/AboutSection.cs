using Lifecycle.Application.Exports;

namespace Lifecycle.Web.Exports.Pack.Sections;

internal static class AboutSection
{
    public static PackSection For(ProjectRecord record)
    {
        var project = record.Project;
        return new("about", "About the project",
        [
            new PackFacts(
            [
                new("Description", PackText.Or(project.Description)),
                new("Registered", PackText.When(project.CreatedAt)),
                new("Predictive tool", PackText.YesNo(project.IsPredictive)),
                new("Involves a third party", PackText.YesNo(project.InvolvesThirdParty)),
                new("High risk", PackText.YesNo(project.IsHighRisk)),
                .. Status(project),
            ]),
            new PackTable("Project team", ["Person", "Roles"],
                project.Members.GroupBy(m => m.PersonId)
                    .Select(g => (IReadOnlyList<string>)[record.NameOf(g.Key), string.Join(", ", g.OrderBy(m => m.Role).Select(m => m.Role.DisplayName()))])
                    .OrderBy(row => row[0], StringComparer.CurrentCulture)
                    .ToList(),
                [40, 60]),
        ]);
    }

    private static IEnumerable<PackFact> Status(Project project)
    {
        if (project.HeldAt is { } heldAt)
        {
            yield return new("On hold", $"Since {PackText.When(heldAt)}: {PackText.Or(project.HoldReason)}");
        }

        if (project.StoppedAt is { } stoppedAt)
        {
            yield return new("Stopped", $"On {PackText.When(stoppedAt)}: {PackText.Or(project.StopReason)}");
        }
    }
}
