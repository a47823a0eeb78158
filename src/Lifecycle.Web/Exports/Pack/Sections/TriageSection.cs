using Lifecycle.Domain.Triage;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>The latest ethics triage in full; earlier ones are counted (the audit trail holds them).</summary>
internal static class TriageSection
{
    public static PackSection For(Project project)
    {
        if (project.LatestTriage is not { } triage)
        {
            return new("triage", "Ethics triage (stage 4)", [PackText.NothingYet("The ethics triage")]);
        }

        var outcome = triage.Outcome;
        var answers = TriageInput.From(triage.Answers);
        var affected = TriageQuestions.AffectedOptions.Where(o => answers.Affected.Contains(o.Value)).Select(o => o.Label).ToList();
        return new("triage", "Ethics triage (stage 4)",
        [
            new PackFacts(
            [
                new("Risk level", $"{outcome.Risk} risk"),
                new("Do not proceed", outcome.DoNotProceed
                    ? "Yes: the tool could act on a child or family before a professional has considered the evidence"
                    : "No"),
                new("Completed", $"Triage {triage.Number} of {project.Triages.Count}, by {PackText.By(triage.CompletedByName, triage.CompletedAt)}"),
                new("What this requires", outcome.Obligations.Count == 0
                    ? "No extra assessments or independent scrutiny"
                    : string.Join("\n", outcome.Obligations.Select(o => o.DisplayName()))),
            ]),
            new PackTable("Answers",
                ["Question", "Answer"],
                TriageQuestions.SingleChoice
                    .Select(q => (IReadOnlyList<string>)[q.Legend, TriageQuestions.LabelFor(q.Key, answers.ValueOf(q.Key) ?? string.Empty)])
                    .Append(["Who would the tool directly affect?", affected.Count == 0 ? "No one listed" : string.Join("\n", affected)])
                    .ToList(),
                [62, 38]),
            new PackTable("Themes that need attention",
                ["Theme", "Why", "What to do"],
                outcome.Themes.Count == 0
                    ? [["None were flagged", "—", "—"]]
                    : outcome.Themes.Select(t => (IReadOnlyList<string>)[t.Theme.DisplayName(), string.Join(" ", t.Reasons), t.Theme.WhatToDo()]).ToList(),
                [20, 38, 42]),
        ]);
    }
}
