namespace Lifecycle.Application.Notifications;

/// <summary>The foot of every email about a project: why the person got it and how to stop them.</summary>
internal static class ProjectEmailFooter
{
    public static EmailMessage WithFooter(this EmailMessage message, string preferencesLink) => message with
    {
        Body = $"""
            {message.Body}

            ---
            You get this email because of your role on the project in Lifecycle. To stop emails about your projects, change your email settings:
            {preferencesLink}
            """,
    };
}
