using Lifecycle.Infrastructure.Email;

namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 12: "forgotten your password?" emails a reset link and says the same whether or not the address has an account.</summary>
public sealed class ForgotPasswordTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task AKnownAddressGetsALink_AnUnknownOneTheSameAnswer_AndTheLinkSetsANewPassword()
    {
        var organisation = await factory.OrganisationAsync("Reset Council");
        var person = await factory.PersonAsync(organisation, "Rita Reset");
        var client = PageClient.For(factory);
        Assert.NotNull((await client.GetAsync("/account/sign-in")).QuerySelector("a[href='/account/forgot-password']"));

        var known = await RequestAsync(client, person.Email);
        var unknown = await RequestAsync(client, "nobody.at.all@reset.test");

        Assert.Equal(known.Replace(person.Email, "X", StringComparison.Ordinal), unknown.Replace("nobody.at.all@reset.test", "X", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "nobody.at.all@reset.test")));
        var body = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == person.Email && m.Kind == "PasswordReset").Select(m => m.Body).SingleAsync());
        var link = new Uri(body.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://localhost/account/accept-invitation?", StringComparison.Ordinal)));

        var reset = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(reset, PostForm, new() { ["Input.Password"] = "harbour kettle meadow", ["Input.ConfirmPassword"] = "harbour kettle meadow" })).StatusCode);
        var fresh = PageClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SubmitAsync(await fresh.GetAsync("/account/sign-in"), "form", new() { ["Input.Email"] = person.Email, ["Input.Password"] = "harbour kettle meadow" })).StatusCode);
    }

    [Fact]
    public async Task RepeatedRequests_CannotFloodSomeonesInbox()
    {
        var organisation = await factory.OrganisationAsync("Flood Council");
        var person = await factory.PersonAsync(organisation, "Fay Flood");
        for (var i = 0; i < 8; i++)
        {
            await RequestAsync(PageClient.For(factory), person.Email);
        }

        Assert.Equal(5, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == person.Email && m.Kind == "PasswordReset")));
    }

    [Fact]
    public async Task KnownAndUnknownAddresses_TakeAtLeastTheSameShortestTime()
    {
        var organisation = await factory.OrganisationAsync("Timing Council");
        var person = await factory.PersonAsync(organisation, "Tim Timing");
        await RequestAsync(PageClient.For(factory), "warm.up@timing.test");

        foreach (var email in new[] { "nobody.here@timing.test", person.Email })
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await RequestAsync(PageClient.For(factory), email);
            Assert.True(started.Elapsed >= Lifecycle.Web.Pages.Account.ForgotPasswordModel.ShortestAnswer, $"{email}: {started.ElapsedMilliseconds} ms");
        }
    }

    private static async Task<string> RequestAsync(PageClient client, string email)
    {
        var form = await client.GetAsync("/account/forgot-password");
        var page = await PageClient.ParseAsync(await client.SubmitAsync(form, PostForm, new() { ["Input.Email"] = email }));
        return page.QuerySelector("main")!.TextContent;
    }
}

public sealed class NoEmailFactory : LifecycleFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Email:Transport", "None")];
}

/// <summary>Issue 26, point 17: where email is not set up, the page says so and whom to ask, instead of claiming to have sent a link.</summary>
public sealed class ForgotPasswordWithoutEmailTests(NoEmailFactory factory) : IClassFixture<NoEmailFactory>
{
    [Fact]
    public async Task WithoutAnEmailTransport_ThePageSaysEmailIsNotSetUp_AndOffersNoForm()
    {
        var client = PageClient.For(factory);

        var page = await client.GetAsync("/account/forgot-password");

        Assert.Contains("cannot send email yet", page.QuerySelector("#email-not-set-up")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[method=post] input[name='Input.Email']"));
    }
}
