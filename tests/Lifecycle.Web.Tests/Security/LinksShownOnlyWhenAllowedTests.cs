namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 13: a page offers a link only when the person may open it; nobody is shown a way into a 403.</summary>
public sealed class LinksShownOnlyWhenAllowedTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryProjectLinkOnTheMainProjectPages_OpensForEachRoleThatSeesIt()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        var oversight = await factory.PersonAsync(team.OrganisationId, "Olu Oversight");
        await factory.AssignAsync(team.ProjectId, oversight, ProjectRole.OversightMember);
        await factory.FillToFirstReviewAsync(team);

        var refused = new List<string>();
        foreach (var person in new[] { team.Admin, team.Manager, team.Practitioner, team.Leader, team.Viewer, oversight })
        {
            var client = await PageClient.SignedInAsync(factory, person);
            var pages = new[] { string.Empty, "/monitoring", "/testing", "/engagement", "/risks", "/triage", "/workbook" }.Select(page => $"/projects/{team.ProjectId}{page}")
                .Concat(Enumerable.Range(1, 10).Select(stage => $"/projects/{team.ProjectId}/stages/{stage}"));
            var links = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                var document = await client.GetAsync(page);
                foreach (var href in document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))
                {
                    if (href.StartsWith($"/projects/{team.ProjectId}", StringComparison.Ordinal))
                    {
                        links.Add(href.Split('#')[0]);
                    }
                }
            }

            foreach (var link in links)
            {
                var response = await client.GetResponseAsync(link);
                var deniedPage = response.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true;
                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || deniedPage)
                {
                    refused.Add($"{person.Name}: {link} answered {(int)response.StatusCode}{(deniedPage ? " (access denied)" : string.Empty)}");
                }
            }
        }

        Assert.True(refused.Count == 0, string.Join(Environment.NewLine, refused));
    }
}
