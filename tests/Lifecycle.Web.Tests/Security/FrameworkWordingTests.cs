namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 11, item 11: only the service's own GOV.UK-style messages reach people, never the framework's.</summary>
public sealed class FrameworkWordingTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private static readonly string[] FrameworkPhrases = ["field is required", "is not valid", "is invalid", "The value '", "Username"];

    [Fact]
    public async Task AnEmptyPersonForm_GetsOneMessagePerField_InTheServicesWords()
    {
        var organisation = await factory.OrganisationAsync("Wording Council");
        var admin = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Wyn Admin", isAdministrator: true));

        var response = await admin.PostWithTokenAsync("/organisation/people/add", "/organisation/people/add", []);

        var errors = (await PageClient.ParseAsync(response)).ErrorSummaryItems();
        Assert.Equal(["Enter the person's full name", "Enter the person's work email address", "Select whether they will be an organisation administrator"], errors);
    }

    [Fact]
    public async Task ATamperedChoice_GetsThePagesOwnMessage_NotTheFrameworks()
    {
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();

        var response = await admin.PostWithTokenAsync($"/projects/{team.ProjectId}/team/add", $"/projects/{team.ProjectId}/team/add",
            new() { ["Input.PersonId"] = "not-a-guid", ["Input.Role"] = "Garbage", ["Version"] = version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await PageClient.ParseAsync(response)).ErrorSummaryItems();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.DoesNotContain(FrameworkPhrases, phrase => e.Contains(phrase, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnEmailWithAnApostrophe_IsAccepted_InsteadOfIdentityCallingTheUserNameInvalid()
    {
        var organisation = await factory.OrganisationAsync("Apostrophe Council");
        var admin = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Ada Admin", isAdministrator: true));
        var form = await admin.GetAsync("/organisation/people/add");

        var response = await admin.SubmitAsync(form, "form[method=post]:not(.app-inline-form)", new()
        {
            ["Input.DisplayName"] = "Siobhan O'Brien",
            ["Input.Email"] = "siobhan.o'brien@council.test",
            ["Input.IsAdministrator"] = "no",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await PageClient.ParseAsync(response)).ErrorSummaryItems()));
    }
}
