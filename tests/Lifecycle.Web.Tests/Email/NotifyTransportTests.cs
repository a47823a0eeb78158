using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Tests.Email;

/// <summary>Issue 12: the GOV.UK Notify adapter sends what Notify's API expects, signed as it expects, and reports refusals.</summary>
public sealed class NotifyTransportTests
{
    private const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    private const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private const string ApiKey = "lifecycle_test-" + ServiceId + "-" + Secret;
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendsTheEmailToNotify_WithTheTemplateForItsKind_AndASignedToken()
    {
        var notify = new FakeNotify(HttpStatusCode.Created, """{"id":"740e5834-3a29-46b4-9a6f-16142fde533a"}""");
        var transport = Transport(notify, templates: new() { ["Invitation"] = "invitation-template" });

        await transport.SendAsync(new EmailMessage("nia@council.test", "Set your password", "Dear Nia,\nThe link.", "Invitation"), CancellationToken.None);
        await transport.SendAsync(new EmailMessage("sam@council.test", "Waiting for your sign-off", "Dear Sam", "SignOffRequested"), CancellationToken.None);

        Assert.Equal(2, notify.Requests.Count);
        var first = notify.Requests[0];
        Assert.Equal("https://notify.test/v2/notifications/email", first.Url);
        using var body = JsonDocument.Parse(first.Body);
        Assert.Equal("nia@council.test", body.RootElement.GetProperty("email_address").GetString());
        Assert.Equal("invitation-template", body.RootElement.GetProperty("template_id").GetString());
        Assert.Equal("Set your password", body.RootElement.GetProperty("personalisation").GetProperty("subject").GetString());
        Assert.Equal("Dear Nia,\nThe link.", body.RootElement.GetProperty("personalisation").GetProperty("body").GetString());
        using var second = JsonDocument.Parse(notify.Requests[1].Body);
        Assert.Equal("default-template", second.RootElement.GetProperty("template_id").GetString());

        var token = first.Bearer!.Split('.');
        Assert.Equal(3, token.Length);
        var expectedSignature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{token[0]}.{token[1]}")));
        Assert.Equal(expectedSignature, token[2]);
        using var header = JsonDocument.Parse(FromBase64Url(token[0]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
        using var claims = JsonDocument.Parse(FromBase64Url(token[1]));
        Assert.Equal(ServiceId, claims.RootElement.GetProperty("iss").GetString());
        Assert.Equal(Now.ToUnixTimeSeconds(), claims.RootElement.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task ARefusal_ThrowsWithNotifysReason_SoTheOutboxTriesAgain()
    {
        var notify = new FakeNotify(HttpStatusCode.Forbidden,
            """{"status_code":403,"errors":[{"error":"AuthError","message":"Invalid token: API key not found"}]}""");

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Transport(notify).SendAsync(new EmailMessage("nia@council.test", "S", "B", "Invitation"), CancellationToken.None));

        Assert.Equal("GOV.UK Notify refused the Invitation email (403): Invalid token: API key not found", failure.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-key")]
    [InlineData("name-26785a09-ab16-4eb0-8407-a37497a57506-not-a-uuid-at-all-but-36-chars-long!!")]
    public void AKeyThatIsNotANotifyKey_IsRefusedWithAClearMessage(string key)
    {
        var failure = Assert.Throws<FormatException>(() => NotifyApiKey.Parse(key));
        Assert.StartsWith("Email:Notify:ApiKey is not a GOV.UK Notify API key", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChoosingNotifyWithoutAKeyOrTemplate_StopsTheAppStarting_AndSaysWhich()
    {
        using var factory = new NotifySettingsFactory(apiKey: null);
        var failure = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Email:Notify:ApiKey must be a GOV.UK Notify API key", failure.Message, StringComparison.Ordinal);
    }

    private static NotifyEmailTransport Transport(FakeNotify notify, Dictionary<string, string>? templates = null) => new(
        new HttpClient(notify),
        Options.Create(new EmailOptions
        {
            Transport = "Notify",
            Notify = new NotifyOptions { ApiKey = ApiKey, BaseUrl = "https://notify.test", DefaultTemplateId = "default-template", Templates = templates ?? [] },
        }),
        new FixedClock(Now));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed record ReceivedRequest(string Url, string? Bearer, string Body);

    /// <summary>Stands in for api.notifications.service.gov.uk: records each request and gives one answer.</summary>
    private sealed class FakeNotify(HttpStatusCode status, string answer) : HttpMessageHandler
    {
        public List<ReceivedRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(new ReceivedRequest(request.RequestUri!.ToString(), request.Headers.Authorization?.Parameter, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(status) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }

    private sealed class NotifySettingsFactory(string? apiKey) : LifecycleFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Email:Transport", "Notify"),
            new("Email:Notify:ApiKey", apiKey),
            new("Email:Notify:DefaultTemplateId", "default-template"),
        ];
    }
}
