using System.Diagnostics;

namespace Lifecycle.Benchmarks.Http;

/// <summary>
/// The app as it runs in production: the Release build in its own process, on the seeded database,
/// listening on loopback only. Reports how long it took to answer its health check (cold start)
/// and samples its memory until it is stopped.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private AppProcess(Process process, Uri address, TimeSpan coldStart)
    {
        _process = process;
        Address = address;
        ColdStart = coldStart;
        _sampling = SampleMemoryAsync(_stop.Token);
    }

    public Uri Address { get; }

    public TimeSpan ColdStart { get; }

    public int ProcessId => _process.Id;

    public long PeakWorkingSetBytes { get; private set; }

    public long LatestWorkingSetBytes { get; private set; }

    public static async Task<AppProcess> StartAsync(string repositoryRoot, string dataFolder, int port)
    {
        var webProject = Path.Combine(repositoryRoot, "src", "Lifecycle.Web");
        var dll = Path.Combine(webProject, "bin", "Release", "net10.0", "Lifecycle.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"Build the app in Release first: dotnet build -c Release src/Lifecycle.Web ({dll} is missing).");
        }

        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["Database__DataFolder"] = dataFolder,
                ["Demo__Seed"] = "false",
                // A running instance has checkpoints to verify audit trails from: the first full check starts at once.
                ["Audit__FirstCheckAfterMinutes"] = "0",
                ["App__PublicBaseUrl"] = address.ToString(),
                // Production logs every request at Information; the benchmark keeps that cost in, but off the console.
                ["Serilog__MinimumLevel__Default"] = "Information",
            },
        };
        var watch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        _ = DrainAsync(process.StandardOutput);
        _ = DrainAsync(process.StandardError);

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped while starting (exit code {process.ExitCode}).");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return new AppProcess(process, address, watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The app did not answer /health within 60 s.");
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
            // Discarded: the benchmark measures the app, not the terminal.
        }
    }

    private async Task SampleMemoryAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && !_process.HasExited)
        {
            _process.Refresh();
            LatestWorkingSetBytes = _process.WorkingSet64;
            PeakWorkingSetBytes = Math.Max(PeakWorkingSetBytes, LatestWorkingSetBytes);
            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
    }
}
