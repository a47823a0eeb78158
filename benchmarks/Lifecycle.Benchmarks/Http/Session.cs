using System.Net;
using System.Text.RegularExpressions;

namespace Lifecycle.Benchmarks.Http;

/// <summary>A signed-in person: their cookie (for wrk), and helpers that read pages the way a browser would.</summary>
internal sealed partial class Session : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    private Session(Uri address)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public string Cookie => _cookies.GetCookieHeader(_http.BaseAddress!);

    public static async Task<Session> SignInAsync(Uri address, string email, string password)
    {
        var session = new Session(address);
        var form = await session.GetAsync("/account/sign-in");
        var response = await session._http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenIn(form),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Could not sign in as {email} ({(int)response.StatusCode}): has the database been seeded with setup seed-scale?");
        }

        return session;
    }

    public async Task<string> GetAsync(string path)
    {
        var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsStringAsync()
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    /// <summary>Sends a GET and hands back the response whatever it is (the soak judges it).</summary>
    public Task<HttpResponseMessage> SendAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        _http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>The first projects the portfolio lists for a query (for example "?stage=9").</summary>
    public async Task<IReadOnlyList<Guid>> FirstProjectsAsync(string query, int count)
    {
        var found = ProjectLink().Matches(await GetAsync("/" + query)).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().Take(count).ToList();
        return found.Count == count ? found : throw new InvalidOperationException($"The portfolio lists fewer than {count} projects for {query}.");
    }

    public static string TokenIn(string html) =>
        TokenField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");

    public static string VersionIn(string html) =>
        VersionField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The form has no Version field.");

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("href=\"/projects/([0-9a-f-]{36})\"")]
    private static partial Regex ProjectLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Version\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersionField();
}
