namespace Lifecycle.Infrastructure.Email;

/// <summary>The "Email:Notify" settings for sending through GOV.UK Notify.</summary>
public sealed class NotifyOptions
{
    /// <summary>The API key from Notify ("name-serviceid-secret"). A secret: set it in an environment variable or secret store, never in appsettings.</summary>
    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";

    /// <summary>A template whose subject is ((subject)) and whose message is ((body)); used for every kind without its own.</summary>
    public string? DefaultTemplateId { get; set; }

    /// <summary>Template ids by email kind (Invitation, PasswordReset, SignOffRequested, ...), for councils that word their own.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.Ordinal);

    public string? TemplateFor(string kind) => Templates.TryGetValue(kind, out var id) && !string.IsNullOrWhiteSpace(id) ? id : DefaultTemplateId;
}
