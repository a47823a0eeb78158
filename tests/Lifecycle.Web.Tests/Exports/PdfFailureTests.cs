using System.Diagnostics;
using System.Text.Json;

namespace Lifecycle.Web.Tests.Exports;

/// <summary>A browser that never answers: the conversion must stop at the time-out and take the browser with it.</summary>
public sealed class HangingBrowserFactory : LifecycleFactory
{
    public static readonly string Marker = $"{Random.Shared.Next(100, 999)}.{Random.Shared.Next(100, 999)}";

    public string ScriptPath { get; } = Path.Combine(Path.GetTempPath(), $"lifecycle-hanging-browser-{Guid.NewGuid():N}.sh");

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings()
    {
        File.WriteAllText(ScriptPath, $"#!/bin/sh\nsleep {Marker}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(ScriptPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return [new("Pdf:BrowserPath", ScriptPath), new("Pdf:TimeoutSeconds", "1")];
    }
}

public sealed class MissingBrowserFactory : LifecycleFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [new("Pdf:BrowserPath", "/nowhere/chromium")];
}

public sealed class PdfTimeoutTests(HangingBrowserFactory factory) : IClassFixture<HangingBrowserFactory>
{
    [Fact]
    public async Task ABrowserThatHangs_IsStoppedAtTheTimeOut_AndThePersonGetsThePrintablePageSayingWhy()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The pipe-driven browser runs on Linux and macOS only.");
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var response = await viewer.GetResponseAsync($"/projects/{team.ProjectId}/pack/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("took longer than 1 seconds", page.QuerySelector("#pdf-failure")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#fingerprint"));
        Assert.False(await IsRunningAsync($"sleep {HangingBrowserFactory.Marker}"), "The hung browser process was left running.");
    }

    private static async Task<bool> IsRunningAsync(string commandLine)
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-f", commandLine]) { RedirectStandardOutput = true })!;
        await pgrep.WaitForExitAsync();
        return pgrep.ExitCode == 0;
    }
}

public sealed class PdfUnavailableTests(MissingBrowserFactory factory) : IClassFixture<MissingBrowserFactory>
{
    [Fact]
    public async Task WithoutABrowser_ThePackPageOffersThePrintablePage_AndHealthSaysSo()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var page = await viewer.GetAsync($"/projects/{team.ProjectId}/pack");
        Assert.Contains("/nowhere/chromium", page.QuerySelector("#pdf-unavailable")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#download-pdf"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/pack/preview")).StatusCode);

        var pdf = await PageClient.ParseAsync(await viewer.GetResponseAsync($"/projects/{team.ProjectId}/pack/pdf"));
        Assert.Contains("/nowhere/chromium", pdf.QuerySelector("#pdf-failure")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pdf.QuerySelector("#fingerprint"));

        using var health = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health"));
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("pdf-export").GetProperty("status").GetString());
    }
}
