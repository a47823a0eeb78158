using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Lifecycle.Benchmarks.Http;

/// <summary>
/// Requests per second and latency of the pages people use most, against the app in Release on a database made by
/// <c>setup seed-scale</c>, each as a ratio to a bare page in the same run. See docs/performance.md.
/// Usage: <c>http --data FOLDER [--seconds 15] [--only overview,stage] [--write]</c> (--only runs the bare page and the
/// pages whose names contain one of the words, for trying a change; --write puts the table into docs/performance.md).
/// </summary>
internal static class HttpBenchmark
{
    internal const string Password = "demo-lifecycle-password";
    private const string Start = "<!-- http-benchmark:start -->";
    private const string End = "<!-- http-benchmark:end -->";

    public static async Task RunAsync(string[] args)
    {
        var data = Options.Get(args, "--data") ?? throw new ArgumentException("Say where the seeded database is: --data FOLDER (the folder holding lifecycle.db).");
        var seconds = TimeSpan.FromSeconds(int.Parse(Options.Get(args, "--seconds") ?? "15", CultureInfo.InvariantCulture));
        var root = Options.RepositoryRoot();

        await using var app = await AppProcess.StartAsync(root, Path.GetFullPath(data), 5180);
        Console.WriteLine($"Cold start (existing database, until /health answers): {app.ColdStart.TotalMilliseconds:F0} ms");
        var fullCheck = await WaitForFullAuditCheckAsync(data, DateTime.UtcNow - app.ColdStart);
        Console.WriteLine($"First full audit check (every trail, in the background): {fullCheck.TotalSeconds:F0} s");

        using var manager = await Session.SignInAsync(app.Address, "manager@org001.scale.lifecycle.test", Password);
        var live = await manager.FirstProjectsAsync("?stage=9&status=Active", 2);
        using var demo = await Session.SignInAsync(app.Address, "manager@demo.lifecycle.test", Password);
        var demoProject = (await demo.FirstProjectsAsync("?q=forecast", 1))[0];
        var feedbackForm = FeedbackForm.PathFor(live[1]);
        var form = await manager.GetAsync(feedbackForm);
        var body = string.Join('&', FeedbackForm.Fields(Session.TokenIn(form), Session.VersionIn(form), "The ranges are hard to read on a phone.")
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

        var u = (string path) => new Uri(app.Address, path);
        (string Name, Uri Url, int Connections, string? Cookie, string? Body, TimeSpan Duration)[] runs =
        [
            ("bare page (sign-in, anonymous)", u("/account/sign-in"), 32, null, null, seconds),
            ("portfolio, first page (500 projects)", u("/"), 16, manager.Cookie, null, seconds),
            ("portfolio, filtered (stage 5)", u("/?stage=5"), 16, manager.Cookie, null, seconds),
            ("portfolio, filtered (review due or overdue)", u("/?review=DueOrOverdue&sort=NextReview"), 16, manager.Cookie, null, seconds),
            ("portfolio, searched (\"forecast\")", u("/?q=forecast"), 16, manager.Cookie, null, seconds),
            ("project overview (live project)", u($"/projects/{live[0]}"), 32, manager.Cookie, null, seconds),
            ("stage 9 task list", u($"/projects/{live[0]}/stages/9"), 32, manager.Cookie, null, seconds),
            ("audit trail, first page", u($"/projects/{live[0]}/audit"), 32, manager.Cookie, null, seconds),
            ("form POST (add a feedback item)", u(feedbackForm), 32, manager.Cookie, body, seconds),
            ("oversight pack PDF (demo live project, 1 at a time)", u($"/projects/{demoProject}/pack/pdf"), 1, demo.Cookie, null, seconds + seconds),
        ];

        if (Options.Get(args, "--only")?.Split(',') is { } only)
        {
            runs = runs.Where((run, index) => index == 0 || only.Any(word => run.Name.Contains(word, StringComparison.OrdinalIgnoreCase))).ToArray();
        }

        var feedbackBefore = await CountFeedbackAsync(data, live[1]);
        var results = new List<LoadResult>();
        foreach (var run in runs)
        {
            await Wrk.RunAsync(run.Name, run.Url, run.Connections, TimeSpan.FromSeconds(3), run.Cookie, run.Body); // warm-up, not recorded
            var result = await Wrk.RunAsync(run.Name, run.Url, run.Connections, run.Duration, run.Cookie, run.Body);
            results.Add(result);
            Console.WriteLine($"{result.Name}: {result.RequestsPerSecond:F0}/s, p50 {result.P50Ms:F1} ms, p95 {result.P95Ms:F1} ms, p99 {result.P99Ms:F1} ms, errors {result.Errors}");
        }

        var saved = await CountFeedbackAsync(data, live[1]) - feedbackBefore;
        var posted = results.SingleOrDefault(r => r.Name.StartsWith("form POST", StringComparison.Ordinal))?.Requests ?? 0;
        Console.WriteLine($"Form POSTs saved: {saved} feedback items (including warm-up) for {posted} measured requests.");

        var table = Table(results, app, saved);
        Console.WriteLine(table);
        if (args.Contains("--write") && Options.Get(args, "--only") is not null)
        {
            throw new InvalidOperationException("Only a run of every page is written to docs/performance.md: leave out --only.");
        }

        if (args.Contains("--write"))
        {
            Options.WriteBetween(Path.Combine(root, "docs", "performance.md"), Start, End, table);
            Console.WriteLine("Written to docs/performance.md.");
        }
    }

    private static string Table(List<LoadResult> results, AppProcess app, long saved)
    {
        var bare = results[0].RequestsPerSecond;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}; wrk, 2 threads, each measure {results[0].Requests / Math.Max(1, results[0].RequestsPerSecond):F0} s after a 3 s warm-up.");
        text.AppendLine();
        text.AppendLine("| page | connections | requests/s | p50 | p95 | p99 | errors | vs bare page |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Connections} | {r.RequestsPerSecond:F0} | {r.P50Ms:F1} ms | {r.P95Ms:F1} ms | {r.P99Ms:F1} ms | {r.Errors} | {r.RequestsPerSecond / bare:P1} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Cold start with the existing database: {app.ColdStart.TotalMilliseconds:F0} ms. App peak working set during the run: {app.PeakWorkingSetBytes / 1024 / 1024} MB. Form POSTs saved: {saved} feedback items.");
        return text.ToString();
    }

    internal static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "?";
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory} memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }


    /// <summary>Waits until the background check has given every audit trail a checkpoint, as on a running instance.</summary>
    internal static async Task<TimeSpan> WaitForFullAuditCheckAsync(string data, DateTime startedAt)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "lifecycle.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM AuditSeals) - (SELECT COUNT(*) FROM AuditCheckpoints WHERE CheckedAt >= $since)";
        command.Parameters.AddWithValue("$since", startedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while ((long)(await command.ExecuteScalarAsync())! > 0)
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(20))
            {
                throw new TimeoutException("The background audit check did not finish within 20 minutes.");
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        return watch.Elapsed;
    }

    private static async Task<long> CountFeedbackAsync(string data, Guid projectId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "lifecycle.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM FeedbackItems WHERE ProjectId = $id";
        command.Parameters.AddWithValue("$id", projectId.ToString().ToUpperInvariant());
        return (long)(await command.ExecuteScalarAsync())!;
    }


}
