namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 12: two-factor authentication with an authenticator app, required by the organisation.</summary>
public sealed class TwoFactorTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task WhenRequired_APersonSetsItUpFirst_GetsTenRecoveryCodes_AndThenNeedsACodeToSignIn()
    {
        var (person, _) = await PersonInOrganisationRequiringTwoFactorAsync("Tess Totp");
        var client = await PageClient.SignedInAsync(factory, person);

        var home = await client.GetResponseAsync("/");
        Assert.Equal("/account/two-factor/set-up", home.Headers.Location!.OriginalString);
        var setUp = await client.GetAsync("/account/two-factor/set-up");
        Assert.StartsWith("data:image/svg+xml;base64,", setUp.QuerySelector("#qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = setUp.QuerySelector("#authenticator-key")!.TextContent;

        var wrong = await PageClient.ParseAsync(await client.SubmitAsync(setUp, PostForm, new() { ["Input.Code"] = "000000" == Totp.CodeFor(key) ? "111111" : "000000" }));
        Assert.Equal(["The code is not right. Check the time on your phone is correct, then enter the newest code"], wrong.ErrorSummaryItems());
        var done = await PageClient.ParseAsync(await client.SubmitAsync(setUp, PostForm, new() { ["Input.Code"] = Totp.CodeFor(key) }));
        var recoveryCodes = done.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetResponseAsync("/")).StatusCode);

        var again = PageClient.For(factory);
        var afterPassword = await SignInWithPasswordAsync(again, person.Email);
        Assert.Equal("/account/sign-in/two-factor", afterPassword.Headers.Location!.OriginalString);
        var challenge = await again.GetAsync("/account/sign-in/two-factor");
        var refused = await PageClient.ParseAsync(await again.SubmitAsync(challenge, PostForm, new() { ["Input.Code"] = "12345" }));
        Assert.Equal(["Enter the 6-digit code from your authenticator app"], refused.ErrorSummaryItems());
        // The code used to set up has been used: the app's next one signs in.
        var nextCode = Totp.CodeFor(key, DateTimeOffset.UtcNow.AddSeconds(30));
        var accepted = await again.SubmitAsync(challenge, PostForm, new() { ["Input.Code"] = nextCode, ["RememberBrowser"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var remember = accepted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lifecycle-2fa-remember=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(remember.Split("expires=")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(29), DateTimeOffset.UtcNow.AddDays(30).AddMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await again.GetResponseAsync("/")).StatusCode);

        var replay = PageClient.For(factory);
        await SignInWithPasswordAsync(replay, person.Email);
        var replayPage = await replay.GetAsync("/account/sign-in/two-factor");
        var replayed = await PageClient.ParseAsync(await replay.SubmitAsync(replayPage, PostForm, new() { ["Input.Code"] = nextCode }));
        Assert.Equal(["The code is not right, or has already been used. Check the time on your phone is correct, then enter the newest code"], replayed.ErrorSummaryItems());

        var withRecovery = PageClient.For(factory);
        await SignInWithPasswordAsync(withRecovery, person.Email);
        var recoveryPage = await withRecovery.GetAsync("/account/sign-in/two-factor?using=recovery");
        Assert.Equal(HttpStatusCode.Redirect, (await withRecovery.SubmitAsync(recoveryPage, PostForm, new() { ["Input.Code"] = recoveryCodes[0] })).StatusCode);
        var reused = PageClient.For(factory);
        await SignInWithPasswordAsync(reused, person.Email);
        var reusedPage = await reused.GetAsync("/account/sign-in/two-factor?using=recovery");
        var usedTwice = await PageClient.ParseAsync(await reused.SubmitAsync(reusedPage, PostForm, new() { ["Input.Code"] = recoveryCodes[0] }));
        Assert.Equal(["That recovery code is not right, or has been used. Each code works once"], usedTwice.ErrorSummaryItems());
    }

    [Fact]
    public async Task WrongCodes_AreThrottled_AndAnAdministratorCanResetTwoFactor_WhichIsAudited()
    {
        var (person, organisation) = await PersonInOrganisationRequiringTwoFactorAsync("Rex Reset");
        var client = await PageClient.SignedInAsync(factory, person);
        var setUp = await client.GetAsync("/account/two-factor/set-up");
        await client.SubmitAsync(setUp, PostForm, new() { ["Input.Code"] = Totp.CodeFor(setUp.QuerySelector("#authenticator-key")!.TextContent) });

        var guesser = PageClient.For(factory);
        await SignInWithPasswordAsync(guesser, person.Email);
        var challenge = await guesser.GetAsync("/account/sign-in/two-factor");
        for (var i = 0; i < 5; i++)
        {
            await guesser.SubmitAsync(challenge, PostForm, new() { ["Input.Code"] = "99999" + i });
        }

        var blocked = await PageClient.ParseAsync(await guesser.SubmitAsync(challenge, PostForm, new() { ["Input.Code"] = "999990" }));
        Assert.Contains("too many wrong codes", blocked.ErrorSummaryItems().Single(), StringComparison.Ordinal);

        var admin = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Ada Admin", isAdministrator: true));
        var setUpAdmin = await admin.GetAsync("/account/two-factor/set-up");
        await admin.SubmitAsync(setUpAdmin, PostForm, new() { ["Input.Code"] = Totp.CodeFor(setUpAdmin.QuerySelector("#authenticator-key")!.TextContent) });
        var people = await admin.GetAsync("/organisation/people");
        Assert.Single(people.QuerySelectorAll("form[action*=ResetTwoFactor]"));
        await admin.SubmitAsync(people, "form[action*=ResetTwoFactor]", []);

        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == person.Email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Contains("Rex Reset", (await admin.GetAsync("/organisation/audit")).QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var afterReset = PageClient.For(factory);
        await SignInWithPasswordAsync(afterReset, person.Email);
        Assert.Equal("/account/two-factor/set-up", (await afterReset.GetResponseAsync("/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheRequirement_IsAnOrganisationSetting_ChangedByAnAdministrator()
    {
        var organisation = await factory.OrganisationAsync("Setting Council");
        var admin = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Sam Setting", isAdministrator: true));
        var settings = await admin.GetAsync("/organisation/settings");
        Assert.Equal("no", settings.QuerySelector("input[name='Input.RequireTwoFactor']:checked")!.GetAttribute("value"));

        await admin.SubmitAsync(settings, PostForm, new() { ["Input.RequireTwoFactor"] = "yes" });

        Assert.True(await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation).Select(o => o.RequireTwoFactor).SingleAsync()));
        Assert.Equal("/account/two-factor/set-up", (await admin.GetResponseAsync("/")).Headers.Location!.OriginalString);
    }

    private async Task<(TestPerson Person, Guid Organisation)> PersonInOrganisationRequiringTwoFactorAsync(string name)
    {
        var organisation = await factory.OrganisationAsync(name + " Council");
        await factory.WithDbAsync(async db =>
        {
            var found = await db.Organisations.SingleAsync(o => o.Id == organisation);
            found.ChangeTwoFactorRequirement(true, new(Guid.NewGuid(), "Test"), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return (await factory.PersonAsync(organisation, name), organisation);
    }

    private static async Task<HttpResponseMessage> SignInWithPasswordAsync(PageClient client, string email)
    {
        var page = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(page, "form", new() { ["Input.Email"] = email, ["Input.Password"] = TestPeople.Password });
    }
}
