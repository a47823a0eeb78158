using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Lifecycle.Benchmarks.Http;

/// <summary>
/// A long run at a steady rate of what people do all day: portfolio and project pages, the audit trail, feedback
/// added through the real form, and an oversight pack every minute. It must finish with no errors and the app's
/// memory flat. Usage: <c>soak --data FOLDER [--minutes 30] [--rate 50] [--write]</c>; it adds feedback items to the
/// database it runs on, so run it on a copy (see docs/performance.md).
/// </summary>
internal static class SoakBenchmark
{
    private const string Start = "<!-- soak:start -->";
    private const string End = "<!-- soak:end -->";
    private static readonly TimeSpan MemorySampleEvery = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(string[] args)
    {
        var data = Path.GetFullPath(Options.Get(args, "--data") ?? throw new ArgumentException("Say where the seeded database is: --data FOLDER."));
        var duration = TimeSpan.FromMinutes(double.Parse(Options.Get(args, "--minutes") ?? "30", CultureInfo.InvariantCulture));
        var rate = int.Parse(Options.Get(args, "--rate") ?? "50", CultureInfo.InvariantCulture);
        var root = Options.RepositoryRoot();

        await using var app = await AppProcess.StartAsync(root, data, 5181);
        await HttpBenchmark.WaitForFullAuditCheckAsync(data, DateTime.UtcNow - app.ColdStart);
        var mix = await SoakMix.PrepareAsync(app.Address);
        Console.WriteLine($"Soak: {duration.TotalMinutes:F0} min at {rate} requests/s over {mix.ProjectCount} projects, a pack every minute.");

        var results = new ConcurrentBag<(string Kind, double Ms, bool Ok, string? Problem)>();
        var memory = new List<(TimeSpan At, long Resident, long Anonymous)>();
        var inFlight = new List<Task>();
        var watch = Stopwatch.StartNew();
        var nextSample = TimeSpan.Zero;
        var nextPack = TimeSpan.FromSeconds(30);
        for (long sent = 0; watch.Elapsed < duration; sent++)
        {
            var due = TimeSpan.FromSeconds(sent / (double)rate);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }

            if (watch.Elapsed >= nextSample)
            {
                memory.Add((watch.Elapsed, app.LatestWorkingSetBytes, AnonymousResidentBytes(app.ProcessId)));
                nextSample += MemorySampleEvery;
            }

            var request = watch.Elapsed >= nextPack ? mix.Pack() : mix.Next(sent);
            if (request.Kind == SoakMix.PackKind)
            {
                nextPack += TimeSpan.FromMinutes(1);
            }

            inFlight.Add(TimeAsync(request, results));
            inFlight.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(inFlight);
        var report = Report(results.ToList(), memory, duration, rate, app);
        Console.WriteLine(report);
        if (args.Contains("--write"))
        {
            Options.WriteBetween(Path.Combine(root, "docs", "performance.md"), Start, End, report);
            Console.WriteLine("Written to docs/performance.md.");
        }
    }

    private static async Task TimeAsync(SoakRequest request, ConcurrentBag<(string, double, bool, string?)> results)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await request.Send();
            await response.Content.LoadIntoBufferAsync();
            var ok = response.StatusCode == request.Expected;
            results.Add((request.Kind, watch.Elapsed.TotalMilliseconds, ok, ok ? null : $"{request.Kind} answered {(int)response.StatusCode}"));
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            results.Add((request.Kind, watch.Elapsed.TotalMilliseconds, false, $"{request.Kind}: {failure.GetType().Name} {failure.Message}"));
        }
    }

    private static string Report(List<(string Kind, double Ms, bool Ok, string? Problem)> results, List<(TimeSpan At, long Resident, long Anonymous)> memory, TimeSpan duration, int rate, AppProcess app)
    {
        static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
        var text = new StringBuilder();
        var errors = results.Where(r => !r.Ok).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"Soak run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {HttpBenchmark.Machine()}: {duration.TotalMinutes:F0} minutes at {rate} requests/s (sent {results.Count}, {results.Count / duration.TotalSeconds:F1}/s), errors: {errors.Count}.");
        text.AppendLine();
        text.AppendLine("| request | count | p50 | p95 | p99 | errors |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var kind in results.GroupBy(r => r.Kind).OrderByDescending(g => g.Count()))
        {
            var sorted = kind.Select(r => r.Ms).Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind.Key} | {sorted.Count} | {Percentile(sorted, 0.5):F1} ms | {Percentile(sorted, 0.95):F1} ms | {Percentile(sorted, 0.99):F1} ms | {kind.Count(r => !r.Ok)} |");
        }

        // After five minutes of warm-up, compare the first and the last five minutes: flat means no more than 10% growth.
        var settled = memory.Where(m => m.At >= TimeSpan.FromMinutes(5)).ToList();
        var window = Math.Max(1, (int)(TimeSpan.FromMinutes(5) / MemorySampleEvery));
        if (settled.Count >= 2 * window)
        {
            var first = settled.Take(window).Average(m => m.Anonymous) / 1024 / 1024;
            var last = settled.TakeLast(window).Average(m => m.Anonymous) / 1024 / 1024;
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"App memory (anonymous resident, the app's own memory; the rest of its working set is the database file mapped from the page cache): {first:F0} MB averaged over minutes 5–10, {last:F0} MB over the last five minutes ({(last - first) / first:P0}), peak {memory.Max(m => m.Anonymous) / 1024 / 1024} MB; {(last <= first * 1.10 ? "flat" : "GROWING")}. Peak working set {app.PeakWorkingSetBytes / 1024 / 1024} MB.");
        }
        else if (memory.Count > 0)
        {
            // Too short to compare two five-minute windows after the warm-up; still say how much it used.
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"App memory (anonymous resident): {memory.TakeLast(window).Average(m => m.Anonymous) / 1024 / 1024:F0} MB averaged over the last five minutes, peak {memory.Max(m => m.Anonymous) / 1024 / 1024} MB (a run of 15 minutes or more also says whether it is flat). Peak working set {app.PeakWorkingSetBytes / 1024 / 1024} MB.");
        }

        foreach (var problem in errors.GroupBy(e => e.Problem).Take(10))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {problem.Count()} × {problem.Key}");
        }

        return text.ToString();
    }

    /// <summary>RssAnon from /proc: resident memory that is the process's own, not mapped file pages.</summary>
    private static long AnonymousResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
