using AngleSharp.Html.Dom;
using Lifecycle.Domain.Organisations;

namespace Lifecycle.Web.Tests.Api;

/// <summary>
/// Issue 15: an organisation administrator makes, names and revokes API tokens. The secret is shown once and only its
/// hash is kept; making and revoking are in the organisation's audit trail; last use is shown.
/// </summary>
public sealed class ApiTokenPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string Form = "main form";

    [Fact]
    public async Task AnAdministratorMakesAToken_SeesItOnce_AndItWorks()
    {
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);

        var made = await admin.SubmitAsync(await admin.GetAsync("/organisation/api-tokens/new"), Form,
            new() { ["Input.Name"] = "  Power BI performance dashboard ", ["Input.Lifetime"] = "90" });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var shown = await admin.GetResponseAsync(made.Headers.Location!.OriginalString);
        Assert.True(shown.Headers.CacheControl!.NoStore);
        var page = await PageClient.ParseAsync(shown);
        var secret = page.QuerySelector("#new-token")!.TextContent.Trim();
        Assert.StartsWith(ApiToken.SecretPrefix, secret, StringComparison.Ordinal);
        Assert.Contains("“Power BI performance dashboard” has been made", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);

        var again = await admin.GetAsync("/organisation/api-tokens");
        Assert.Null(again.QuerySelector("#new-token"));
        Assert.DoesNotContain(secret, again.Source.Text, StringComparison.Ordinal);
        var row = again.QuerySelector("tbody tr")!;
        Assert.Contains("Power BI performance dashboard", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(secret[..10], row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Never", row.TextContent, StringComparison.Ordinal);

        var stored = await factory.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.OrganisationId == team.OrganisationId));
        Assert.Equal(ApiToken.HashOf(secret), stored.SecretHash);
        Assert.DoesNotContain(secret[ApiToken.SecretPrefix.Length..], stored.SecretHash + stored.Hint + stored.Name, StringComparison.Ordinal);
        Assert.Equal(90, (stored.ExpiresAt - stored.CreatedAt).TotalDays, 3);

        Assert.Equal(HttpStatusCode.OK, (await factory.ApiClient(secret).GetAsync("/api/v1/projects")).StatusCode);
        Assert.DoesNotContain("Never", (await admin.GetAsync("/organisation/api-tokens")).QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.StreamId == team.OrganisationId && e.Kind == "ApiTokenCreated").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(team.Admin.Name, entry.ActorName);
        Assert.DoesNotContain(secret[ApiToken.SecretPrefix.Length..], entry.After!, StringComparison.Ordinal);
        Assert.Contains("API token made", (await admin.GetAsync("/organisation/audit")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsExplained_AndNothingIsMade()
    {
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);
        await factory.MakeApiTokenAsync(team, "Quarterly report");
        var form = await admin.GetAsync("/organisation/api-tokens/new");

        var empty = await PageClient.ParseAsync(await admin.SubmitAsync(form, Form, new() { ["Input.Name"] = " ", ["Input.Lifetime"] = "3650" }));
        Assert.Equal(["Enter a name that says which tool or report will use the token", "Select how long the token should last"], empty.ErrorSummaryItems());

        var tooLong = await PageClient.ParseAsync(await admin.SubmitAsync(form, Form, new() { ["Input.Name"] = new string('x', 101), ["Input.Lifetime"] = "30" }));
        Assert.Equal(["Name must be 100 characters or fewer"], tooLong.ErrorSummaryItems());
        Assert.Equal(new string('x', 101), tooLong.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);

        var taken = await PageClient.ParseAsync(await admin.SubmitAsync(form, Form, new() { ["Input.Name"] = "Quarterly report", ["Input.Lifetime"] = "30" }));
        Assert.Equal(["A working token is already called \"Quarterly report\": give this one a different name, or revoke the old one first"], taken.ErrorSummaryItems());

        Assert.Equal(1, await factory.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.OrganisationId == team.OrganisationId)));
    }

    [Fact]
    public async Task RevokingAToken_StopsItAtOnce_IsAudited_AndCannotBeDoneTwice()
    {
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);
        var secret = await factory.MakeApiTokenAsync(team, "Old dashboard");
        var revokeLink = (await admin.GetAsync("/organisation/api-tokens")).QuerySelector<IHtmlAnchorElement>("tbody a")!.PathName;

        var confirm = await admin.GetAsync(revokeLink);
        Assert.Contains("stop reading the API at once", confirm.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var revoked = await admin.SubmitAsync(confirm, Form, new());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        var list = await admin.GetAsync("/organisation/api-tokens");
        Assert.Contains("“Old dashboard” has been revoked", list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Revoked", list.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(list.QuerySelectorAll("tbody a"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ApiClient(secret).GetAsync("/api/v1/projects")).StatusCode);

        var twice = await PageClient.ParseAsync(await admin.SubmitAsync(confirm, Form, new()));
        Assert.StartsWith("The API token \"Old dashboard\" was already revoked on", Assert.Single(twice.ErrorSummaryItems()), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.StreamId == team.OrganisationId && e.Kind == "ApiTokenRevoked")));
    }

    [Fact]
    public async Task OnlyAdministrators_OfTheTokensOwnOrganisation_SeeOrRevokeIt()
    {
        var team = await Team.CreateAsync(factory);
        var other = await Team.CreateAsync(factory);
        await factory.MakeApiTokenAsync(team);
        var tokenId = await factory.WithDbAsync(db => db.ApiTokens.Where(t => t.OrganisationId == team.OrganisationId).Select(t => t.Id).SingleAsync());

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        foreach (var path in new[] { "/organisation/api-tokens", "/organisation/api-tokens/new", $"/organisation/api-tokens/{tokenId}/revoke" })
        {
            var response = await manager.GetResponseAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var otherAdmin = await PageClient.SignedInAsync(factory, other.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetResponseAsync($"/organisation/api-tokens/{tokenId}/revoke")).StatusCode);
        var ownPage = await otherAdmin.GetAsync("/organisation/api-tokens");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostWithTokenAsync($"/organisation/api-tokens/{tokenId}/revoke", "/organisation/api-tokens/new", [])).StatusCode);
        Assert.Empty(ownPage.QuerySelectorAll("tbody tr"));
        Assert.Null(await factory.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.RevokedAt).SingleAsync()));
    }
}
