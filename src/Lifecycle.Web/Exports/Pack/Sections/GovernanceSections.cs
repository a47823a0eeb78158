using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>Impact assessments and the oversight group: the records scrutiny depends on.</summary>
internal static class GovernanceSections
{
    public static PackSection ImpactAssessments(Project project) => new("impact-assessments", "Impact assessments",
        project.ImpactAssessments.Count == 0
            ? [PackText.NothingYet("Impact assessments")]
            :
            [
                new PackTable("Assessments and their status",
                    ["Assessment", "Status", "Owner and reference", "Completed", "Next review"],
                    project.ImpactAssessments.OrderBy(a => a.Kind).ThenBy(a => a.Title, StringComparer.CurrentCulture)
                        .Select(a => (IReadOnlyList<string>)
                        [
                            a.Title,
                            a.Status.DisplayName() + (a.NotRequiredReason is { } reason ? $": {reason}" : string.Empty),
                            string.Join("\n", new[] { a.Owner, a.Reference }.OfType<string>().DefaultIfEmpty("—")),
                            PackText.Date(a.CompletedOn),
                            PackText.Date(a.NextReviewOn),
                        ]).ToList(),
                    [30, 22, 20, 14, 14]),
            ]);

    public static PackSection Oversight(Project project) => new("oversight", "Oversight group", [.. OversightBlocks(project)]);

    private static IEnumerable<PackBlock> OversightBlocks(Project project)
    {
        yield return new PackHeading("Members");
        yield return project.OversightMembers.Count == 0
            ? PackText.NothingYet("Members")
            : new PackTable("Members", ["Name", "Organisation", "Expertise", "Independence"],
                project.OversightMembers.OrderBy(m => m.AddedAt).Select(m => (IReadOnlyList<string>)
                    [m.Name, PackText.Or(m.Organisation), PackText.Or(m.Expertise), m.Independence.ToString()]).ToList(),
                [25, 27, 30, 18]);
        yield return new PackHeading("Meetings");
        yield return project.OversightMeetings.Count == 0
            ? PackText.NothingYet("Meetings")
            : new PackTable("Meetings", ["Held on", "Attendees", "Decisions and challenges"],
                project.OversightMeetings.OrderBy(m => m.HeldOn).Select(m => (IReadOnlyList<string>)
                    [PackText.Date(m.HeldOn), m.Attendees, m.Decisions]).ToList(),
                [16, 34, 50]);
    }

    public static PackSection Risks(Project project, DateOnly today) => new("risks", "Risk log",
        project.Risks.Count == 0
            ? [PackText.NothingYet("Risks")]
            :
            [
                new PackTable("Risks, highest score first",
                    ["Risk", "Score", "Owner and mitigation", "Status and review"],
                    project.Risks.OrderByDescending(r => r.Details.Score).ThenBy(r => r.Number).Select(r => (IReadOnlyList<string>)
                    [
                        $"R{r.Number} {r.Title}" + (r.Category is { } category ? $" ({category})" : string.Empty)
                            + (r.Description is { } description ? $"\n{description}" : string.Empty),
                        $"{r.Details.Score} ({StatusTags.For(r.Details.Rating).Text}): likelihood {r.Likelihood} × impact {r.Impact}",
                        $"Owner: {PackText.Or(r.Owner)}\nMitigation: {PackText.Or(r.Mitigation)}",
                        $"{r.Status}, review {PackText.Date(r.ReviewOn)}" + (r.IsReviewOverdue(today) ? " (overdue)" : string.Empty),
                    ]).ToList(),
                    [34, 18, 28, 20]),
            ]);
}
