using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Application.Notifications;

/// <summary>Reminds the project manager and monitoring owner that a live tool's monitoring review is due soon or overdue (stage 9).</summary>
public static class ReviewReminderEmail
{
    public const string DueSoonKind = "ReviewDueSoon";
    public const string OverdueKind = "ReviewOverdue";

    public static string KindFor(ReviewTiming timing) => timing == ReviewTiming.Overdue ? OverdueKind : DueSoonKind;

    public static EmailMessage For(PersonSummary person, string projectName, DateOnly dueOn, ReviewTiming timing, string link)
    {
        var due = dueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var (subject, opening) = timing == ReviewTiming.Overdue
            ? ($"Monitoring review overdue: {projectName}", $"The monitoring review of \"{projectName}\" was due on {due} and has not been recorded.")
            : ($"Monitoring review due on {due}: {projectName}", $"The next monitoring review of \"{projectName}\" is due on {due}.");
        return new(
            person.Email,
            subject,
            $"""
            Dear {person.DisplayName},

            {opening}

            A live tool is reviewed on the schedule in its deployment plan, so that the team sees early if it stops working well for the people it affects. Record the review here:
            {link}
            """,
            KindFor(timing));
    }
}
