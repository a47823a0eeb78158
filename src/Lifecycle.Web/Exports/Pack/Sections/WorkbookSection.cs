using Lifecycle.Domain.Framework;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>The current answer to every ethics workbook question, grouped by phase.</summary>
internal static class WorkbookSection
{
    public static PackSection For(Project project) => new("workbook", "Ethics workbook",
    [
        new PackParagraph("These questions are Lifecycle's own, grouped by the three phases of the Department for Education's guidance; they are not the department's ethics workbook."),
        .. LifecycleFramework.WorkbookQuestions.GroupBy(q => q.Phase).SelectMany(phase => Phase(project, phase.Key, phase)),
    ]);

    private static IEnumerable<PackBlock> Phase(Project project, Phase phase, IEnumerable<WorkbookQuestion> questions)
    {
        yield return new PackHeading($"{phase} phase questions");
        yield return new PackTable($"{phase} phase answers", ["Question", "Answer", "Answered by"],
            questions.Select(question => project.CurrentAnswer(question.Number) is { } answer
                ? (IReadOnlyList<string>)[$"{question.Number}. {question.Text}", answer.Text, $"Version {answer.Version}{(answer.ConfirmedUnchanged ? " (confirmed unchanged)" : "")}, {PackText.By(answer.AnsweredByName, answer.AnsweredAt)}"]
                : [$"{question.Number}. {question.Text}", PackText.NotRecorded, "—"]).ToList(),
            [40, 40, 20]);
    }
}
