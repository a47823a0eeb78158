using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;

namespace Lifecycle.Web.Tests.Email;

/// <summary>The app as a developer runs it, without the demo data.</summary>
public sealed class DevelopmentFactory : LifecycleFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Demo:Seed", "false")];
}

/// <summary>Issue 12: in Development, written emails are listed on a page; anywhere else the page does not exist.</summary>
public sealed class DevelopmentMailPageTests(DevelopmentFactory development) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task InDevelopment_WrittenEmailsAreListed_NewestFirst_WithTheirText()
    {
        await WriteAsync(new EmailMessage("first@council.test", "First message", "Line one\nhttp://localhost/account/accept-invitation?token=a", "Test"));
        await Task.Delay(20);
        await WriteAsync(new EmailMessage("second@council.test", "Second <message>", "Only line", "Test"));

        var page = await PageClient.For(development).GetAsync("/development/mail");

        var rows = page.QuerySelectorAll("#mail tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["second@council.test", "first@council.test"], rows.Select(r => r[1]));
        Assert.StartsWith("Second <message>", rows[0][2], StringComparison.Ordinal);
        Assert.Contains("http://localhost/account/accept-invitation?token=a", rows[1][2], StringComparison.Ordinal);
        Assert.Contains("Second &lt;message&gt;", page.QuerySelector("#mail")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_ThePageIsNotFound()
    {
        await using var testing = new LifecycleFactory();
        var response = await testing.CreateClient().GetAsync("/development/mail");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<int> WriteAsync(EmailMessage message) => development.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<FileEmailTransport>().SendAsync(message, CancellationToken.None);
        return 0;
    });
}
