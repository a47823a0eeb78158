using System.Xml.Linq;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.Transparency;
using static Lifecycle.Web.Display.Charts.Svg;

namespace Lifecycle.Web.Display.Charts;

/// <summary>
/// The lifecycle so far: a bar for each time the project was in a stage (grey when finished, outlined while current,
/// dashed when it ended in a return to development), with go-live, monitoring reviews, a hold, a stop or the
/// retirement marked on the time line.
/// </summary>
public static class TimelineChart
{
    private const double LabelWidth = 210;
    private const double PlotWidth = 440;
    private const double Top = 24;
    private const double RowHeight = 22;
    private const double MinimumLabelGap = 24;

    public static Chart For(string id, Project project, DateTime now)
    {
        // Records can be dated before the project was registered here (a project brought in part-way through).
        var start = project.Stages.Select(s => s.EnteredAt).Append(project.CreatedAt).Min();
        var end = new[] { project.RetiredAt ?? project.StoppedAt ?? now, start.AddDays(1) }.Max();
        var span = Math.Max(TimeSpan.FromDays(1).Ticks, (end - start).Ticks);
        double X(DateTime at) => LabelWidth + (PlotWidth * Math.Clamp((at - start).Ticks / (double)span, 0, 1));
        double RowY(int stage) => Top + ((stage - 1) * RowHeight);
        var bottom = RowY(LifecycleFramework.Stages.Count + 1);
        var width = LabelWidth + PlotWidth + 20;
        var height = bottom + 64;

        var content = new List<XElement>();
        foreach (var stage in LifecycleFramework.Stages)
        {
            var y = RowY(stage.Number);
            content.Add(Rect(LabelWidth, y, PlotWidth, RowHeight, stage.Number % 2 == 0 ? "#f3f2f1" : Paper));
            content.Add(Text(LabelWidth - 8, y + 15, stage.NumberedTitle, anchor: "end", mark: "stage-label"));
        }

        var table = new List<IReadOnlyList<string>>();
        foreach (var visit in project.Stages.OrderBy(s => s.EnteredAt))
        {
            var y = RowY(visit.StageNumber) + 4;
            var x1 = X(visit.EnteredAt);
            var x2 = Math.Max(x1 + 3, X(visit.CompletedAt ?? end));
            var stage = LifecycleFramework.Stage(visit.StageNumber);
            content.Add(visit switch
            {
                { WasReturned: true } => Rect(x1, y, x2 - x1, RowHeight - 8, LightGrey, Ink, "4 2", mark: $"stage-{stage.Number}-returned"),
                { IsCompleted: true } => Rect(x1, y, x2 - x1, RowHeight - 8, Grey, mark: $"stage-{stage.Number}"),
                _ => Rect(x1, y, x2 - x1, RowHeight - 8, Paper, Ink, mark: $"stage-{stage.Number}-current"),
            });
            table.Add([stage.NumberedTitle, UkTime.Date(visit.EnteredAt), visit.CompletedAt is { } done ? UkTime.Date(done) : "in progress",
                visit.WasReturned ? $"Returned to development: {visit.ReturnReason}" : string.Empty]);
        }

        void Event(DateTime at, string label, string dash, string mark, string note)
        {
            var x = X(at);
            content.Add(Line(x, Top - 6, x, bottom, Ink, 1.5, dash, mark));
            content.Add(Text(x, Top - 10, label, anchor: x > LabelWidth + (PlotWidth * 0.8) ? "end" : "middle", weight: "bold", mark: $"{mark}-label"));
            table.Add([label, UkTime.Date(at), string.Empty, note]);
        }

        if (project.Stages.Where(s => s.StageNumber == Project.MonitoringStage).MinBy(s => s.EnteredAt) is { } live)
        {
            Event(live.EnteredAt, "Go-live", "1 0", "go-live", "The tool went into use");
        }

        var reviews = project.MonitoringReviews.Where(r => !r.IsWithdrawn).OrderBy(r => r.ReviewedOn).ThenBy(r => r.Number).ToList();
        var labelled = ReviewsWithRoomForALabel(reviews, r => X(r.ReviewedOn.ToDateTime(TimeOnly.MinValue)));
        foreach (var review in reviews)
        {
            var at = review.ReviewedOn.ToDateTime(TimeOnly.MinValue);
            var (x, y) = (X(at), RowY(Project.MonitoringStage) + (RowHeight / 2));
            content.Add(new XElement(Ns + "path", new XAttribute("d", $"M{Coord(x)} {Coord(y - 7)} L{Coord(x + 6)} {Coord(y)} L{Coord(x)} {Coord(y + 7)} L{Coord(x - 6)} {Coord(y)} Z"),
                new XAttribute("fill", Paper), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "1.5"), new XAttribute("data-mark", "review"),
                new XAttribute("data-value", $"Review {review.Number}")));
            if (labelled.Contains(review))
            {
                content.Add(Text(x, RowY(Project.MonitoringStage + 1) + 15, $"R{review.Number}", anchor: "middle", mark: "review-label"));
            }
        }

        if (reviews.Count > 0)
        {
            table.Add(ReviewsRow(reviews));
        }

        if (project.HeldAt is { } held)
        {
            Event(held, "On hold", "3 3", "hold", $"Put on hold: {project.HoldReason}");
        }

        if (project.StoppedAt is { } stopped)
        {
            Event(stopped, "Stopped", "6 2", "stopped", $"Stopped: {project.StopReason}");
        }

        if (project.RetiredAt is { } retired)
        {
            Event(retired, "Retired", "6 2", "retired", "The tool was retired");
        }

        content.Add(Line(LabelWidth, bottom, LabelWidth + PlotWidth, bottom, Grey));
        content.Add(Text(LabelWidth, bottom + 16, UkTime.Date(start), fill: Grey, mark: "axis-start"));
        content.Add(Text(LabelWidth + PlotWidth, bottom + 16, UkTime.Date(end), anchor: "end", fill: Grey, mark: "axis-end"));
        content.Add(Text(10, bottom + 36, "Grey bars: finished. Outlined: the current stage. Dashed: ended in a return to development.", fill: Grey));
        content.Add(Text(10, bottom + 52, "Diamonds (R1, R2, …): monitoring reviews. Upright lines: go-live, a hold, a stop or the retirement.", fill: Grey));

        var title = $"Lifecycle timeline of {project.Name}";
        var description = $"From {UkTime.Date(start)} to {(project.RetiredAt is not null ? "retirement" : project.StoppedAt is not null ? "being stopped" : "today")} on {UkTime.Date(end)}: "
            + $"now in {project.CurrentStage.NumberedTitle}; {project.Stages.Count(s => s.WasReturned)} return(s) to development; {project.MonitoringReviews.Count(r => !r.IsWithdrawn)} monitoring review(s).";
        return new Chart(id, title, description, Markup(Root(id, title, description, width, height, content)), ["Stage or event", "From", "To", "Note"], table);
    }

    // Reviews close together would print their labels on top of each other: the latest is always labelled, then each
    // earlier one that has room.
    private static HashSet<MonitoringReview> ReviewsWithRoomForALabel(List<MonitoringReview> reviews, Func<MonitoringReview, double> x)
    {
        var labelled = new HashSet<MonitoringReview>();
        var leftmost = double.PositiveInfinity;
        foreach (var review in Enumerable.Reverse(reviews))
        {
            if (leftmost - x(review) >= MinimumLabelGap)
            {
                labelled.Add(review);
                leftmost = x(review);
            }
        }

        return labelled;
    }

    // One row for all the reviews, however many: each is listed, with its figures, where the reviews themselves are shown.
    private static string[] ReviewsRow(List<MonitoringReview> reviews)
    {
        var outcomes = reviews.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        var numbers = reviews.Count == 1 ? $"Monitoring review {reviews[0].Number}" : $"Monitoring reviews ({reviews.Count})";
        return [numbers, UkTime.Date(reviews[0].ReviewedOn), reviews.Count == 1 ? string.Empty : UkTime.Date(reviews[^1].ReviewedOn),
            $"Outcomes: {string.Join(", ", outcomes)}"];
    }
}
