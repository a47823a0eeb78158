using System.Diagnostics;
using System.Globalization;

namespace Lifecycle.Benchmarks.Http;

public sealed record LoadResult(string Name, int Connections, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Requests, long Errors);

/// <summary>Drives wrk (Debian package "wrk") against loopback, and reads back the numbers its Lua script prints.</summary>
internal static class Wrk
{
    // wrk counts socket errors and statuses above 399 as errors. Whether posted forms were saved (302) rather than
    // shown again (200) is checked by the caller, in the database.
    private const string Script = """
        function init(args)
          if args[1] ~= nil then
            wrk.method = "POST"
            wrk.body = args[1]
            wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
          end
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(95), latency:percentile(99),
            e.connect + e.read + e.write + e.timeout + e.status))
        end
        """;

    public static async Task<LoadResult> RunAsync(string name, Uri url, int connections, TimeSpan duration, string? cookie, string? formBody = null)
    {
        var script = Path.Combine(Path.GetTempPath(), "lifecycle-wrk.lua");
        await File.WriteAllTextAsync(script, Script);
        var args = new List<string> { $"-t{Math.Min(2, connections)}", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script };
        if (cookie is not null)
        {
            args.AddRange(["-H", $"Cookie: {cookie}"]);
        }

        args.Add(url.ToString());
        if (formBody is not null)
        {
            args.AddRange(["--", formBody]);
        }

        var start = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result for {name}:\n{output}{await process.StandardError.ReadToEndAsync()}");
        var n = line.Split(' ').Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new LoadResult(name, connections, n[0] / (n[1] / 1e6), n[2] / 1000.0, n[3] / 1000.0, n[4] / 1000.0, n[0], n[5]);
    }
}
