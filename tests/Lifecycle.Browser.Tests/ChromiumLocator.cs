namespace Lifecycle.Browser.Tests;

/// <summary>
/// Finds a Chromium-family browser: LIFECYCLE_CHROMIUM if set, else Debian's chromium, Chrome or Edge
/// at their usual paths. Playwright's own browser download is never used.
/// </summary>
internal static class ChromiumLocator
{
    private static readonly string[] KnownPaths =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/microsoft-edge",
        "/opt/google/chrome/chrome",
    ];

    public static string? Find() =>
        Environment.GetEnvironmentVariable("LIFECYCLE_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : KnownPaths.FirstOrDefault(File.Exists);

    /// <summary>In CI a missing browser is a failure; on a developer machine the test skips and says why.</summary>
    public static string Require()
    {
        if (Find() is { } path)
        {
            return path;
        }

        const string why = "No Chromium found (set LIFECYCLE_CHROMIUM or install Debian's chromium package).";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            Assert.Fail(why + " CI must run the browser tests.");
        }

        Assert.Skip(why + " Browser tests skipped on this machine.");
        return string.Empty;
    }
}
