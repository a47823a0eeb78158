using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lifecycle.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Email;

/// <summary>
/// Sends through GOV.UK Notify's REST API (POST /v2/notifications/email). The text is composed here and
/// passed to the template as ((subject)) and ((body)). A refusal throws, so the outbox tries again later.
/// </summary>
public sealed class NotifyEmailTransport(HttpClient http, IOptions<EmailOptions> options, TimeProvider clock) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Notify;
        var key = NotifyApiKey.Parse(settings.ApiKey);
        var template = settings.TemplateFor(message.Kind)
            ?? throw new InvalidOperationException($"No GOV.UK Notify template for {message.Kind} emails: set Email:Notify:DefaultTemplateId or Email:Notify:Templates:{message.Kind}.");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(settings.BaseUrl.TrimEnd('/') + "/"), "v2/notifications/email"))
        {
            Content = JsonContent.Create(new
            {
                email_address = message.To,
                template_id = template,
                personalisation = new Dictionary<string, string> { ["subject"] = message.Subject, ["body"] = message.Body },
                reference = message.Kind,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key.Token(clock.GetUtcNow()));

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GOV.UK Notify refused the {message.Kind} email ({(int)response.StatusCode}): {await ReasonAsync(response, cancellationToken)}", null, response.StatusCode);
        }
    }

    /// <summary>Notify answers a refusal with {"errors": [{"error": "...", "message": "..."}]}.</summary>
    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            return string.Join("; ", json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        }
        catch (Exception failure) when (failure is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return text.Length > 200 ? text[..200] : text;
        }
    }
}
