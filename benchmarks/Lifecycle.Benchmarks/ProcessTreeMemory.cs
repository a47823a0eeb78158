namespace Lifecycle.Benchmarks;

/// <summary>
/// Samples the resident memory of every process descended from this one (the browser and its
/// helpers), keeping the peak of their combined proportional set size. Linux only: it reads /proc.
/// </summary>
internal sealed class ProcessTreeMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;

    public ProcessTreeMemory() => _sampler = Task.Run(SampleAsync);

    public long PeakChildrenBytes { get; private set; }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            PeakChildrenBytes = Math.Max(PeakChildrenBytes, ChildrenResidentBytes());
            try
            {
                await Task.Delay(25, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static long ChildrenResidentBytes()
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && TryRead(Path.Combine(folder, "stat")) is { } stat)
            {
                // "pid (comm) state ppid ...": comm may contain spaces, so read after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var self = Environment.ProcessId;
        return parents.Keys.Where(pid => pid != self && DescendsFrom(pid, self, parents)).Sum(ProportionalBytes);
    }

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var current = pid; parents.TryGetValue(current, out var parent) && parent > 1; current = parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static long ProportionalBytes(int pid)
    {
        // Proportional set size: shared pages split between the processes sharing them, so the sum is not inflated.
        var line = TryRead($"/proc/{pid}/smaps_rollup")?.Split('\n').FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // the process ended while we looked
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }
}
