using System.Diagnostics;
using Lifecycle.Web.Setup;

namespace Lifecycle.Web.Tests.Setup;

/// <summary>Issue 12: the first organisation and its administrator are created from the server's console.</summary>
public sealed class SetupCommandTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task CreatingAnOrganisation_PrintsAnInvitation_ThatLetsTheAdministratorSignIn_AndIsAudited()
    {
        var (code, output) = await RunAsync("create-organisation", "--name", "Northshire County Council", "--admin-email", "ada@northshire.test", "--admin-name", "Ada Northshire", "--ons-code", "e10000001");

        Assert.Equal(SetupCommand.Succeeded, code);
        Assert.Contains("Created Northshire County Council with Ada Northshire as its first administrator.", output, StringComparison.Ordinal);
        var link = new Uri(output.Split('\n').Single(l => l.StartsWith("http://localhost/account/accept-invitation?", StringComparison.Ordinal)).Trim());
        await factory.WithScopeAsync(sp => sp.GetRequiredService<Lifecycle.Infrastructure.Email.OutboxSender>().SendDueAsync("test", CancellationToken.None));
        var email = Directory.GetFiles(factory.MailFolder, "*-Invitation-*.txt").Select(File.ReadAllText).Single(text => text.Contains("To: ada@northshire.test", StringComparison.Ordinal));
        Assert.Contains(link.ToString(), email, StringComparison.Ordinal);

        var newcomer = PageClient.For(factory);
        var invitation = await newcomer.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SubmitAsync(invitation, PostForm, new() { ["Input.Password"] = "lantern orchard velvet", ["Input.ConfirmPassword"] = "lantern orchard velvet" })).StatusCode);
        var admin = PageClient.For(factory);
        var signIn = await admin.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(signIn, "form", new() { ["Input.Email"] = "ada@northshire.test", ["Input.Password"] = "lantern orchard velvet" })).StatusCode);
        // Outside Development a new organisation requires two-factor: the administrator sets it up first.
        Assert.Equal("/account/two-factor/set-up", (await admin.GetResponseAsync("/organisation/audit")).Headers.Location!.OriginalString);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Kind == "OrganisationCreated" && e.Subject == "Northshire County Council").Select(e => e.ActorName).SingleAsync());
        Assert.Equal("Lifecycle setup (server console)", audit);
        Assert.Equal("E10000001", await factory.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Northshire County Council").Select(o => o.OnsCode).SingleAsync()));
    }

    [Fact]
    public async Task RunningItAgainWithTheSameValues_ChangesNothing_AndGivesANewLinkUntilThePasswordIsSet()
    {
        string[] args = ["create-organisation", "--name", "Westvale Borough Council", "--admin-email", "wes@westvale.test", "--admin-name", "Wes Vale"];
        var (first, firstOutput) = await RunAsync(args);
        var (second, secondOutput) = await RunAsync(args);

        Assert.Equal(SetupCommand.Succeeded, first);
        Assert.Equal(SetupCommand.Succeeded, second);
        Assert.Contains("already set up", secondOutput, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == "Westvale Borough Council")));
        var oldLink = LinkIn(firstOutput);
        var newLink = LinkIn(secondOutput);
        Assert.NotEqual(oldLink, newLink);

        var newcomer = PageClient.For(factory);
        var stale = await newcomer.SubmitAsync(await newcomer.GetAsync(oldLink.PathAndQuery), PostForm, new() { ["Input.Password"] = "lantern orchard velvet", ["Input.ConfirmPassword"] = "lantern orchard velvet" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SubmitAsync(await newcomer.GetAsync(newLink.PathAndQuery), PostForm, new() { ["Input.Password"] = "lantern orchard velvet", ["Input.ConfirmPassword"] = "lantern orchard velvet" })).StatusCode);

        var (third, thirdOutput) = await RunAsync(args);
        Assert.Equal(SetupCommand.Succeeded, third);
        Assert.Contains("nothing to do", thirdOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", thirdOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExistingNameWithAnotherAdministrator_OrAnEmailAlreadyInUse_IsRefused()
    {
        await RunAsync("create-organisation", "--name", "Eastmoor Council", "--admin-email", "eve@eastmoor.test", "--admin-name", "Eve Moor");

        var (sameName, sameNameOutput) = await RunAsync("create-organisation", "--name", "Eastmoor Council", "--admin-email", "mallory@eastmoor.test", "--admin-name", "Mallory");
        var (sameEmail, sameEmailOutput) = await RunAsync("create-organisation", "--name", "Another Council", "--admin-email", "eve@eastmoor.test", "--admin-name", "Eve Moor");

        Assert.Equal(SetupCommand.Refused, sameName);
        Assert.Contains("already exists with a different first administrator", sameNameOutput, StringComparison.Ordinal);
        Assert.Equal(SetupCommand.Refused, sameEmail);
        Assert.Contains("This email address cannot be used", sameEmailOutput, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Another Council")));
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "mallory@eastmoor.test").Select(u => u.Email).SingleOrDefaultAsync()));
    }

    [Theory]
    [InlineData(new[] { "create-organisation", "--name", "X Council", "--admin-name", "Xi" }, "Give the first administrator's email address with --admin-email.")]
    [InlineData(new[] { "create-organisation", "--name", "X Council", "--admin-email", "--admin-name", "Xi" }, "--admin-email needs a value.")]
    [InlineData(new[] { "create-organisation", "--nmae", "X Council" }, "--nmae is not an option of create-organisation.")]
    [InlineData(new[] { "create-org" }, "the commands are create-organisation, grant-service-administrator, migrate and seed-scale")]
    [InlineData(new[] { "migrate", "--force" }, "migrate takes no options.")]
    [InlineData(new[] { "seed-scale", "--projects", "lots" }, "--projects needs a whole number of at least 1.")]
    [InlineData(new[] { "seed-scale", "--projects", "100", "--largest", "200" }, "--largest (200) cannot be more than --projects (100).")]
    [InlineData(new[] { "seed-scale", "--organisations", "50", "--projects", "60", "--largest", "20" }, "60 projects are too few to give each of 50 organisations at least one")]
    [InlineData(new[] { "seed-scale", "--orgs", "5" }, "--orgs is not an option of seed-scale.")]
    [InlineData(new[] { "create-organisation", "--name", "X Council", "--admin-email", "x@x.test", "--admin-name", "Xi", "--ons-code", "123" }, "ONS code must be a letter followed by eight digits")]
    [InlineData(new[] { "create-organisation", "--name", "X Council\nWith a second line", "--admin-email", "x@x.test", "--admin-name", "Xi" }, "Organisation name has a hidden control character or a line break")]
    [InlineData(new[] { "create-organisation", "--name", "X \u0001Council", "--admin-email", "x@x.test", "--admin-name", "Xi" }, "Organisation name has a hidden control character or a line break")]
    public async Task BadArguments_AreRefusedWithWhatToFix_AndCreateNothing(string[] args, string expected)
    {
        var (code, output) = await RunAsync(args);

        Assert.Equal(SetupCommand.BadArguments, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "X Council")));
    }

    [Fact]
    public async Task TheBuiltApp_RunsTheCommandOutsideDevelopment_WithoutStartingTheWebServer()
    {
        var folder = Directory.CreateTempSubdirectory("lifecycle-setup-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Lifecycle.Web.dll"), "setup", "create-organisation",
            "--name", "Process Council", "--admin-email", "pat@process.test", "--admin-name", "Pat Process"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Sqlite",
                ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "setup.db")}",
                ["App__PublicBaseUrl"] = "https://lifecycle.process.test",
                ["Audit__SealKey"] = LifecycleFactory.TestSealKey,
                ["DataProtection__AllowUnencryptedKeys"] = "true",
            },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        Assert.Contains("https://lifecycle.process.test/account/accept-invitation?person=", output, StringComparison.Ordinal);
        Assert.Contains("Email is not set up (Email__Transport is None), so no invitation email is sent.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("optional dependent", output, StringComparison.Ordinal); // no Entity Framework warnings for an operator to puzzle over
        Assert.Matches("Organisation id \\(for settings such as SingleSignOn__Organisations__<id>__Authority\\): [0-9a-f]{32}", output);
    }

    [Fact]
    public async Task Migrate_SaysTheDatabaseIsUpToDate()
    {
        var (code, output) = await RunAsync("migrate");

        Assert.Equal(SetupCommand.Succeeded, code);
        Assert.Matches(@"^The database is up to date: \d+ migrations applied, the latest \d{14}_\w+\.", output);
    }

    private static Uri LinkIn(string output) => new(output.Split('\n').Single(l => l.Contains("/account/accept-invitation?", StringComparison.Ordinal)).Trim());

    private Task<(int Code, string Output)> RunAsync(params string[] args) => factory.WithScopeAsync(async sp =>
    {
        using var output = new StringWriter();
        var code = await sp.GetRequiredService<SetupCommand>().RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    });
}
