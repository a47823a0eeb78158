namespace Lifecycle.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"File" (Development default: App_Data/mail), "Smtp", "Notify" (GOV.UK Notify), or "None" (nothing is queued).</summary>
    public string? Transport { get; set; }

    public string From { get; set; } = "lifecycle@localhost";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Folder for the File transport, relative to the content root.</summary>
    public string FileFolder { get; set; } = "App_Data/mail";

    public NotifyOptions Notify { get; set; } = new();

    public int PollSeconds { get; set; } = 10;

    /// <summary>Send from a background worker in this instance (tests turn it off and send on demand).</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>The transport in use: as configured, or files in Development and none elsewhere.</summary>
    public string EffectiveTransport(bool isDevelopment) => Transport is { Length: > 0 } chosen ? chosen : isDevelopment ? "File" : "None";

    /// <summary>Whether email goes anywhere at all: any transport but "None" (in any case).</summary>
    public bool SendsEmail(bool isDevelopment) => !string.Equals(EffectiveTransport(isDevelopment), "None", StringComparison.OrdinalIgnoreCase);

    /// <summary>How often to look for monitoring reviews coming due or overdue.</summary>
    public int ReminderCheckMinutes { get; set; } = 60;

    public int LeaseSeconds { get; set; } = 120;

    /// <summary>An unsent message older than this makes /health report Degraded.</summary>
    public int DegradedAfterMinutes { get; set; } = 30;
}
