namespace Lifecycle.Application.Notifications;

/// <summary>The email sent when someone asks to reset their password from the sign-in page.</summary>
public static class PasswordResetEmail
{
    public const string Kind = "PasswordReset";

    public static EmailMessage For(string to, string name, string link) => new(
        to,
        "Reset your Lifecycle password",
        $"""
        Dear {name},

        Someone asked to reset the password for this email address on Lifecycle. If it was you, choose a new password using this link. It works once and expires after a day:
        {link}

        If it was not you, you can ignore this email: your password has not changed. If you get these emails without asking, tell your organisation administrator.
        """,
        Kind);
}
