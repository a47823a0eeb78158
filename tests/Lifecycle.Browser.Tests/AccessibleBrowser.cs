using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>Headless Chromium whose every page visit is followed by an axe accessibility check.</summary>
public sealed class AccessibleBrowser : IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private AccessibleBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public List<string> PagesChecked { get; } = [];

    /// <summary>The address of the last context opened, so helpers can open more pages on the same server.</summary>
    public string? BaseAddress { get; private set; }

    public static async Task<AccessibleBrowser> LaunchAsync()
    {
        var executable = ChromiumLocator.Require();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = Flags });
        return new AccessibleBrowser(playwright, browser);
    }

    /// <param name="trustTestCertificates">Accept the self-signed certificate of a test server on another origin (a test sign-in provider).</param>
    public async Task<IPage> NewPageAsync(string baseAddress, bool trustTestCertificates = false)
    {
        BaseAddress = baseAddress;
        var context = await _browser.NewContextAsync(new() { BaseURL = baseAddress, IgnoreHTTPSErrors = trustTestCertificates });
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe on the page as it is now and fails with every violation found.</summary>
    public async Task CheckAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        PagesChecked.Add(new Uri(page.Url).PathAndQuery);

        // Set LIFECYCLE_SCREENSHOTS to a folder to look at every checked page by eye.
        if (Environment.GetEnvironmentVariable("LIFECYCLE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{PagesChecked.Count:D2}.png"), FullPage = true });
        }
    }

    /// <summary>
    /// Clicks something that submits a form and waits for the page that comes back. A marker on the
    /// old document tells the two apart, so a fast or slow response cannot be mistaken for the other.
    /// </summary>
    public static async Task ClickAndWaitForNextPageAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.lifecycleOldPage = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.lifecycleOldPage === undefined && document.readyState !== 'loading'");
    }

    /// <summary>A phone's width in CSS pixels, where every page must still work.</summary>
    public const int PhoneWidth = 390;

    /// <summary>The page fits the window: nothing makes it scroll sideways (names the widest elements when something does).</summary>
    public static async Task NoSidewaysScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var widest = scrollWidth <= width ? "" : await page.EvaluateAsync<string>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w).slice(-3).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ')", width);
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide at a {width} px window: it scrolls sideways ({widest}).");
    }

    /// <summary>Signs in on the sign-in page with the tests' password and waits for the page that follows.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Lifecycle.Web.Tests.Support.TestPeople.Password);
        await ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
