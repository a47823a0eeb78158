using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.Notifications;

/// <summary>Tells a senior leader of the project that something is waiting for their decision.</summary>
public static class SignOffRequestedEmail
{
    public const string Kind = "SignOffRequested";

    public static EmailMessage For(PersonSummary leader, string projectName, SignOffKind kind, string submittedBy, string link) => new(
        leader.Email,
        $"Waiting for your sign-off: {projectName}",
        $"""
        Dear {leader.DisplayName},

        {submittedBy} has submitted {kind.Subject()} for "{projectName}" and asked a senior leader of the project to decide on it.

        Read what was submitted and approve or reject it here:
        {link}

        The project cannot move on until a senior leader who did not submit it has decided.
        """,
        Kind);
}
