using System.Diagnostics;
using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Pdf;
using Lifecycle.Web.Exports.Pack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lifecycle.Benchmarks;

/// <summary>
/// The spike behind ADR 0004's addendum: the same pack HTML printed, turn about, by the app's own DevTools client
/// and by Microsoft.Playwright driving the same Chromium with the same print options. Prints both timings and sizes.
/// </summary>
internal static class PlaywrightSpike
{
    public static async Task RunAsync(IServiceProvider services, Guid organisationId, Guid projectId, int iterations)
    {
        string html;
        using (var scope = services.CreateScope())
        {
            (_, var document) = await scope.ServiceProvider.GetRequiredService<OversightPackExporter>().HtmlAsync(projectId, organisationId, "Benchmark", CancellationToken.None);
            html = document.Html;
        }

        var devTools = services.GetRequiredService<IPdfRenderer>();
        var browserPath = BrowserLocator.Find(null) ?? throw new InvalidOperationException("No Chromium found.");
        using var playwright = await Playwright.CreateAsync();
        var coldWatch = Stopwatch.StartNew();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPath, Headless = true, Args = ["--no-sandbox"] });
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var folder = Directory.CreateTempSubdirectory("lifecycle-spike-");
        var file = Path.Combine(folder.FullName, "pack.html");
        await File.WriteAllTextAsync(file, html);

        async Task<byte[]> PlaywrightPdfAsync()
        {
            var page = await context.NewPageAsync();
            try
            {
                await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
                return await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true, Outline = true, DisplayHeaderFooter = false });
            }
            finally
            {
                await page.CloseAsync();
            }
        }

        var playwrightCold = (await PlaywrightPdfAsync()).Length;
        Console.WriteLine($"Playwright cold (launch + first PDF): {coldWatch.ElapsedMilliseconds} ms, {playwrightCold / 1024} KB");
        await devTools.RenderAsync(html, CancellationToken.None); // warm the app's browser too

        var devToolsTimes = new List<double>();
        var playwrightTimes = new List<double>();
        int devToolsBytes = 0, playwrightBytes = 0;
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            devToolsBytes = (await devTools.RenderAsync(html, CancellationToken.None)).Length;
            devToolsTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            playwrightBytes = (await PlaywrightPdfAsync()).Length;
            playwrightTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"Same pack HTML ({html.Length / 1024} KB), {iterations} warm runs each, alternating:");
        Console.WriteLine($"  DevTools client: median {Median(devToolsTimes):F0} ms, max {devToolsTimes.Max():F0} ms, {devToolsBytes / 1024} KB");
        Console.WriteLine($"  Playwright:      median {Median(playwrightTimes):F0} ms, max {playwrightTimes.Max():F0} ms, {playwrightBytes / 1024} KB");
        folder.Delete(recursive: true);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
