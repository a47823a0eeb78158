using Lifecycle.Web.Setup;

namespace Lifecycle.Web.Tests.Setup;

/// <summary>Issue 12: one instance hosts several councils; a service administrator adds them but reads none of their projects.</summary>
public sealed class ServiceAdministratorTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task OnlyTheSetupCommand_MakesAServiceAdministrator_AndItIsAudited()
    {
        var organisation = await factory.OrganisationAsync("Partnership Hub");
        var person = await factory.PersonAsync(organisation, "Hana Hub");

        Assert.Equal((SetupCommand.Refused, true), await GrantAsync("nobody@nowhere.test"));
        Assert.Equal((SetupCommand.Succeeded, true), await GrantAsync(person.Email));
        Assert.Equal((SetupCommand.Succeeded, true), await GrantAsync(person.Email));

        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == person.Email).Select(u => u.IsServiceAdministrator).SingleAsync()));
        var admin = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Ola Admin", isAdministrator: true));
        Assert.Contains("Hana Hub", (await admin.GetAsync("/organisation/audit")).QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await admin.GetResponseAsync("/service/organisations")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceAdministrator_ListsAndAddsOrganisations_ButCannotReadTheirProjects()
    {
        var team = await Team.CreateAsync(factory);
        var hub = await factory.OrganisationAsync("Regional Hub");
        var person = await factory.PersonAsync(hub, "Sid Service");
        await GrantAsync(person.Email);
        var service = await PageClient.SignedInAsync(factory, person);

        var list = await service.GetAsync("/service/organisations");
        Assert.Contains("Test Borough Council", list.QuerySelector("#organisations")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await service.GetAsync("/")).QuerySelector("a[href='/service/organisations']"));
        Assert.Equal(HttpStatusCode.NotFound, (await service.GetResponseAsync($"/projects/{team.ProjectId}")).StatusCode);

        var form = await service.GetAsync("/service/organisations/new");
        var blank = await PageClient.ParseAsync(await service.SubmitAsync(form, PostForm, []));
        Assert.Equal(["Enter the organisation's name", "Enter the first administrator's full name", "Enter the first administrator's work email address"], blank.ErrorSummaryItems());
        var badCode = await PageClient.ParseAsync(await service.SubmitAsync(form, PostForm, New("Southdale Council", "123", "sue@southdale.test")));
        Assert.Equal(["ONS code must be a letter followed by eight digits, like E09000001"], badCode.ErrorSummaryItems());
        Assert.Equal("Southdale Council", badCode.QuerySelector("#Input_Name")!.GetAttribute("value"));

        var added = await service.SubmitAsync(form, PostForm, New("Southdale Council", "E06000001", "sue@southdale.test"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = await service.GetAsync("/service/organisations");
        Assert.Contains("Southdale Council", after.QuerySelector("#organisations")!.TextContent, StringComparison.Ordinal);
        var link = new Uri(after.QuerySelector("#invitation-link")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await PageClient.For(factory).GetResponseAsync(link.PathAndQuery)).StatusCode);

        var again = await PageClient.ParseAsync(await service.SubmitAsync(await service.GetAsync("/service/organisations/new"), PostForm, New("Another Dale", null, "sue@southdale.test")));
        Assert.Contains(again.ErrorSummaryItems(), e => e.StartsWith("This email address cannot be used", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> New(string name, string? onsCode, string email) => new()
    {
        ["Input.Name"] = name,
        ["Input.OnsCode"] = onsCode ?? string.Empty,
        ["Input.AdminName"] = "Sue Dale",
        ["Input.AdminEmail"] = email,
    };

    private Task<(int Code, bool Printed)> GrantAsync(string email) => factory.WithScopeAsync(async sp =>
    {
        using var output = new StringWriter();
        var code = await sp.GetRequiredService<SetupCommand>().RunAsync(["grant-service-administrator", "--email", email], output, CancellationToken.None);
        return (code, output.ToString().Length > 0);
    });
}
