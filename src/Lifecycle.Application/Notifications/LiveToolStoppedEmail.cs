namespace Lifecycle.Application.Notifications;

/// <summary>Tells a senior leader that a tool in use was stopped, and why, so they can see to what follows.</summary>
public static class LiveToolStoppedEmail
{
    public const string Kind = "LiveToolStopped";

    public static EmailMessage For(PersonSummary leader, string projectName, string stoppedBy, string? reason, string link) => new(
        leader.Email,
        $"Tool stopped: {projectName}",
        $"""
        Dear {leader.DisplayName},

        {stoppedBy} has stopped "{projectName}", which was in use. Its reason: {reason}

        Stopping takes the tool out of use at once; it is not a retirement. Its public page now says it is no longer in use. The tool's users should be told, its transparency record archived and its records kept, as for a retirement (stage 10).

        See the project here:
        {link}
        """,
        Kind);
}
