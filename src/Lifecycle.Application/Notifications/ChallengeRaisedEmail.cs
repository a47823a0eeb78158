using Lifecycle.Domain.Engagement;

namespace Lifecycle.Application.Notifications;

/// <summary>Tells a project manager that a challenge was added to the project's feedback and challenges register.</summary>
public static class ChallengeRaisedEmail
{
    public const string Kind = "ChallengeRaised";

    public static EmailMessage For(PersonSummary manager, string projectName, FeedbackItem challenge, string link) => new(
        manager.Email,
        $"Challenge raised: {projectName}",
        $"""
        Dear {manager.DisplayName},

        A challenge (F{challenge.Number}) about "{challenge.About}" has been added to the feedback and challenges register for "{projectName}".

        Challenges should have a response within {FeedbackItem.ChallengeResponseDays} days of being raised. Read it and respond here:
        {link}
        """,
        Kind);
}
