using System.Globalization;
using Lifecycle.Domain.Engagement;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>The feedback and challenges register, stakeholder engagement and training records.</summary>
internal static class EngagementSection
{
    public static PackSection For(Project project) => new("engagement", "Feedback, engagement and training",
    [
        new PackHeading("Feedback and challenges"),
        project.Feedback.Count == 0
            ? PackText.NothingYet("Feedback and challenges")
            : new PackTable("Feedback and challenges register", ["Ref", "Raised", "About", "Status and response"],
                project.Feedback.OrderBy(f => f.Number).Select(f => (IReadOnlyList<string>)
                [
                    $"F{f.Number} {(f.Kind == FeedbackKind.Challenge ? "challenge" : "feedback")}",
                    $"{f.RaisedBy ?? "Anonymous"}, {PackText.Date(f.RaisedOn)}, stage {f.StageNumber}",
                    $"{f.About}\n{f.Details}",
                    f.Status + (f.Response is { } response ? $": {response}" : string.Empty),
                ]).ToList(),
                [14, 22, 34, 30]),
        new PackHeading("Stakeholder engagement"),
        project.Engagements.Count == 0
            ? PackText.NothingYet("Stakeholder engagement")
            : new PackTable("Stakeholder engagement", ["Date", "Who", "How", "What we heard"],
                project.Engagements.OrderBy(e => e.HeldOn).Select(e => (IReadOnlyList<string>)[PackText.Date(e.HeldOn), e.Stakeholders, e.Method, e.WhatWeHeard]).ToList(),
                [16, 24, 20, 40]),
        new PackHeading("Training"),
        project.Training.Count == 0
            ? PackText.NothingYet("Training")
            : new PackTable("Training", ["Date", "Who", "People", "What it covered"],
                project.Training.OrderBy(t => t.DeliveredOn).Select(t => (IReadOnlyList<string>)
                    [PackText.Date(t.DeliveredOn), t.Audience, t.PeopleTrained.ToString(CultureInfo.InvariantCulture), t.Content]).ToList(),
                [16, 26, 12, 46]),
    ]);
}
