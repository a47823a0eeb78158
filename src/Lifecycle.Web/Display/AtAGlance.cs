using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Display;

public sealed record SignOffAtAGlance(SignOffKind Kind, string Name, ApprovalState State);

/// <summary>
/// The first thing an oversight group or senior leader reads: where the tool is, what it still needs for the next
/// gate, what no longer holds of the gates a live tool passed, whether each sign-off still matches what it approved, the latest results, serious risks, the next review and
/// open challenges, and in one sentence what the group is asked to consider. Every fact comes from the domain's rules.
/// </summary>
public sealed record AtAGlance(
    string Where,
    string Ask,
    string? NextStage,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> NoLongerHolds,
    IReadOnlyList<SignOffAtAGlance> SignOffs,
    string? LatestResultTitle,
    bool? LatestResultMeetsEveryThreshold,
    Chart? LatestResults,
    IReadOnlyList<string> SeriousRisks,
    DateOnly? NextReviewDue,
    ReviewTiming? ReviewTiming,
    IReadOnlyList<string> OpenChallenges)
{
    public static AtAGlance For(Project project, DateOnly today, string chartId = "glance-results")
    {
        var gate = project.IsReadOnly ? null : project.EvaluateGate();
        var signOffs = Enum.GetValues<SignOffKind>()
            .Where(kind => project.SignOffRequests.Any(r => r.Kind == kind))
            .Select(kind => new SignOffAtAGlance(kind, SignOffLinks.Title(kind), project.ApprovalStateOf(kind)))
            .ToList();
        var latest = ProjectCharts.Latest(project, chartId);
        var due = project.NextReviewDue;
        var timing = due is { } date ? MonitoringSchedule.TimingOf(date, today) : (ReviewTiming?)null;
        var where = $"{project.CurrentStage.Phase} phase, {project.CurrentStage.NumberedTitle} (since {UkTime.Date(project.CurrentStageProgress.EnteredAt)}); {StatusTags.For(project.Status).Text.ToLowerInvariant()}";

        return new AtAGlance(
            where,
            AskOf(project, gate, signOffs, timing),
            gate?.To?.NumberedTitle,
            gate?.BrokenRules.Select(r => r.Message).ToList() ?? [],
            project.Attention.NoLongerHolding.Select(r => r.Message).ToList(),
            signOffs,
            latest?.Judged.Title,
            latest is null ? null : project.ResultOf(latest.Value.Judged)!.MeetsEveryThreshold,
            latest?.Chart,
            project.SeriousOpenRisks.Select(r => $"R{r.Number} {r.Title} ({StatusTags.For(r.Details.Rating).Text.ToLowerInvariant()})").ToList(),
            due,
            timing,
            project.OpenChallenges.Select(f => $"F{f.Number} {f.About} (raised {UkTime.Date(f.RaisedOn)})").ToList());
    }

    /// <summary>The one question for the group, most pressing first.</summary>
    private static string AskOf(Project project, GateEvaluation? gate, List<SignOffAtAGlance> signOffs, ReviewTiming? timing)
    {
        if (project.Status == ProjectStatus.Retired)
        {
            return "The tool has been retired. The group is asked to note how it was retired and that its records are kept.";
        }

        if (project.Status == ProjectStatus.Stopped)
        {
            return "The project has been stopped. The group is asked to note why, and that nothing more will be built or used.";
        }

        if (signOffs.FirstOrDefault(s => s.State == ApprovalState.AwaitingDecision) is { } waiting)
        {
            return $"A senior leader has the {SignOffLinks.Name(waiting.Kind)} sign-off to decide. The group is asked for its advice on that decision.";
        }

        if (project.Attention is { IsNeeded: true } attention)
        {
            return attention.KeptInUse is { } kept
                ? $"The tool needs attention: {NoLongerHolding(attention.NoLongerHolding.Count)}. {kept.DecidedByName} decided to keep it in use meanwhile. The group is asked whether that should continue."
                : $"The tool needs attention: {NoLongerHolding(attention.NoLongerHolding.Count)}. The group is asked whether it should stay in use while this is put right.";
        }

        if (project.HasThresholdBreach)
        {
            return "The latest monitoring review missed an accuracy threshold. The group is asked whether the tool should stay in use while this is put right.";
        }

        if (signOffs.FirstOrDefault(s => s.State == ApprovalState.ApprovalNoLongerMatches) is { } lapsed)
        {
            return $"Something the {SignOffLinks.Name(lapsed.Kind)} approval rested on has changed since. The group is asked whether it should be approved again.";
        }

        if (timing == Lifecycle.Domain.Monitoring.ReviewTiming.Overdue)
        {
            return "A monitoring review is overdue. The group is asked to agree when it will happen and whether the tool should stay in use until then.";
        }

        if (project.Status == ProjectStatus.OnHold)
        {
            return $"The project is on hold ({project.HoldReason}). The group is asked whether it should resume, stay on hold or stop.";
        }

        if (project.CurrentStage.Number == Project.MonitoringStage)
        {
            return "The tool is in use. The group is asked to look at how well it is working and whether it should stay in use.";
        }

        return gate switch
        {
            { IsOpen: true, To: { } next } => $"Everything needed to leave {project.CurrentStage.NumberedTitle} is in place. The group is asked whether the project should move to {next.NumberedTitle}.",
            { IsOpen: true } => "Everything needed to complete the retirement is in place. The group is asked whether the tool should now be retired.",
            { To: { } next } => $"The group is asked to review progress in {project.CurrentStage.NumberedTitle}: {Count(gate.BrokenRules.Count)} still needed before it can move to {next.NumberedTitle}.",
            _ => $"The group is asked to review progress in {project.CurrentStage.NumberedTitle}: {Count(gate?.BrokenRules.Count ?? 0)} still needed before the retirement can be completed.",
        };
    }

    private static string NoLongerHolding(int rules) =>
        rules == 1 ? "1 rule of a gate it passed no longer holds" : $"{rules} rules of gates it passed no longer hold";

    private static string Count(int things) => things == 1 ? "1 thing is" : $"{things} things are";
}
