namespace Lifecycle.Infrastructure.Pdf;

/// <summary>Finds a Chromium-based browser: the configured path, or the usual install locations.</summary>
public static class BrowserLocator
{
    private static readonly string[] KnownPaths =
    [
        "/usr/lib/chromium/chromium", // Debian's binary, without the launcher script in front of it
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/microsoft-edge",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];

    public static string? Find(string? configuredPath) =>
        string.IsNullOrWhiteSpace(configuredPath)
            ? KnownPaths.FirstOrDefault(File.Exists)
            : File.Exists(configuredPath) ? configuredPath : null;
}
