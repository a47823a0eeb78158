namespace Lifecycle.Application.Notifications;

/// <summary>The email that lets a newly added person set their password.</summary>
public static class InvitationEmail
{
    public const string Kind = "Invitation";

    public static EmailMessage For(string to, string name, string organisation, string link) => new(
        to,
        $"Set your password for Lifecycle ({organisation})",
        $"""
        Dear {name},

        You have been added to Lifecycle for {organisation}. Lifecycle helps your council's children's services develop data analytics tools safely, stage by stage.

        Set your password using this link. It works once:
        {link}

        If the link has expired, ask your organisation administrator for a new one. If you were not expecting this email, you can ignore it.
        """,
        Kind);
}
