using System.Collections.Concurrent;
using System.Text.Json;
using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Lifecycle.Web.Tests.Email;

/// <summary>A transport that fails while told to, and counts what it sent.</summary>
public sealed class RecordingTransport : IEmailTransport
{
    public ConcurrentBag<EmailMessage> Sent { get; } = [];

    public int FailuresLeft { get; set; }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new IOException("The mail server is not answering.");
        }

        Sent.Add(message);
    }
}

public sealed class RecordingTransportFactory : LifecycleFactory
{
    public RecordingTransport Transport { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IEmailTransport>(Transport));
    }
}

/// <summary>Issue 12: emails go through an outbox saved with the change, sent at least once and never twice by two senders.</summary>
public sealed class OutboxTests(RecordingTransportFactory factory) : IClassFixture<RecordingTransportFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task AddingAPerson_QueuesTheirInvitation_WhichIsSentWithTheLink()
    {
        var organisation = await factory.OrganisationAsync("Mail Council");
        var admin = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Ada Admin", isAdministrator: true));
        var form = await admin.GetAsync("/organisation/people/add");
        await admin.SubmitAsync(form, PostForm, new() { ["Input.DisplayName"] = "Nia New", ["Input.Email"] = "nia.new@mail.test", ["Input.IsAdministrator"] = "no" });
        var link = (await admin.GetAsync("/organisation/people")).QuerySelector("#invitation-link")!.TextContent.Trim();

        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "nia.new@mail.test" && m.SentAt == null)));
        await SendDueAsync("sender-a");

        var sent = Assert.Single(factory.Transport.Sent, m => m.To == "nia.new@mail.test");
        Assert.Equal("Set your password for Lifecycle (Mail Council)", sent.Subject);
        Assert.Contains("Dear Nia New,", sent.Body, StringComparison.Ordinal);
        Assert.Contains(link, sent.Body, StringComparison.Ordinal);
        Assert.NotNull(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "nia.new@mail.test").Select(m => m.SentAt).SingleAsync()));
    }

    [Fact]
    public async Task WhenTheMailServiceIsDown_TheMessageIsKept_RetriedLater_AndHealthSaysSo()
    {
        await EnqueueAsync("retry@mail.test");
        factory.Transport.FailuresLeft = 1;

        Assert.Equal(0, await SendDueAsync("sender-a"));
        var waiting = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "retry@mail.test"));
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains("not answering", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.NextAttemptAt > DateTime.UtcNow);
        Assert.Equal(0, await SendDueAsync("sender-a"));

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE OutboxMessages SET NextAttemptAt = {0}, CreatedAt = {0} WHERE Id = {1}", DateTime.UtcNow.AddHours(-2), waiting.Id));
        using (var health = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health")))
        {
            Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("email-outbox").GetProperty("status").GetString());
        }

        var described = await OutboxDescriptionAsync();
        Assert.StartsWith("The oldest unsent email has waited 1", described, StringComparison.Ordinal);
        Assert.Contains("The last attempt to send failed:", described, StringComparison.Ordinal);
        Assert.Contains("not answering", described, StringComparison.Ordinal);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE OutboxMessages SET CreatedAt = {0} WHERE Id = {1}", DateTime.UtcNow.AddSeconds(-70), waiting.Id));
        Assert.StartsWith("The oldest unsent email has waited 1 minute.", await OutboxDescriptionAsync(), StringComparison.Ordinal);

        Assert.Equal(1, await SendDueAsync("sender-a"));
        Assert.Single(factory.Transport.Sent, m => m.To == "retry@mail.test");
    }

    [Fact]
    public async Task TwoSendersAtOnce_SendEachMessageOnce()
    {
        for (var i = 0; i < 12; i++)
        {
            await EnqueueAsync($"pair{i}@mail.test");
        }

        await Task.WhenAll(SendDueAsync("sender-a"), SendDueAsync("sender-b"), SendDueAsync("sender-c"));
        await SendDueAsync("sender-a");

        var sent = factory.Transport.Sent.Where(m => m.To.StartsWith("pair", StringComparison.Ordinal)).Select(m => m.To).ToList();
        Assert.Equal(12, sent.Count);
        Assert.Equal(12, sent.Distinct().Count());
    }

    private Task<int> EnqueueAsync(string to) => factory.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<IOutbox>().Enqueue(new EmailMessage(to, "Test", "Body", "Test"));
        return await sp.GetRequiredService<Lifecycle.Infrastructure.Persistence.LifecycleDbContext>().SaveChangesAsync();
    });

    private Task<int> SendDueAsync(string sender) => factory.WithScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync(sender, CancellationToken.None));

    /// <summary>What /health tells a signed-in person about the outbox.</summary>
    private Task<string?> OutboxDescriptionAsync() =>
        factory.WithScopeAsync(async sp => (await sp.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>().CheckHealthAsync()).Entries["email-outbox"].Description);
}
