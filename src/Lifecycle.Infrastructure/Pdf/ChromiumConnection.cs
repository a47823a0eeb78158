using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lifecycle.Infrastructure.Pdf;

/// <summary>
/// One headless browser process, driven through the DevTools protocol over a pipe
/// (--remote-debugging-pipe). A pipe, not a debugging port: no other local process can reach
/// the browser. The browser reads commands on descriptor 3 and writes on 4, so a shell maps
/// our redirected stdin and stdout onto them.
/// </summary>
internal sealed class ChromiumConnection : IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--disable-extensions", "--disable-dev-shm-usage", "--remote-debugging-pipe",
    ];

    private readonly Process _process;
    private readonly string _profileFolder;
    private readonly Stream _commands;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _replies = new();
    private readonly ConcurrentDictionary<(string Session, string Method), TaskCompletionSource> _events = new();
    private readonly Task _reader;
    private int _nextId;

    private ChromiumConnection(Process process, string profileFolder)
    {
        _process = process;
        _profileFolder = profileFolder;
        _commands = process.StandardInput.BaseStream;
        _reader = Task.Run(() => ReadAsync(process.StandardOutput.BaseStream));
    }

    public bool HasExited => _process.HasExited || _reader.IsCompleted;

    public static ChromiumConnection Start(string browserPath)
    {
        var profileFolder = Directory.CreateTempSubdirectory("lifecycle-chromium-").FullName;
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null", browserPath }
                     .Concat(Flags).Append($"--user-data-dir={profileFolder}").Append("about:blank"))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {browserPath}.");
        }
        catch
        {
            TryDelete(profileFolder);
            throw;
        }

        process.ErrorDataReceived += (_, _) => { }; // drained so a chatty browser never blocks on a full pipe
        process.BeginErrorReadLine();
        return new ChromiumConnection(process, profileFolder);
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString() + '\0');
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _commands.WriteAsync(bytes, cancellationToken);
            await _commands.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }

        using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
        try
        {
            return await reply.Task;
        }
        finally
        {
            _replies.TryRemove(id, out _);
        }
    }

    /// <summary>Starts listening for an event; await the result after sending the command that causes it.</summary>
    public Task WhenEventAsync(string sessionId, string method)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _events[(sessionId, method)] = waiter;
        return waiter.Task;
    }

    private async Task ReadAsync(Stream replies)
    {
        using var pending = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await replies.ReadAsync(buffer)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != 0)
                    {
                        continue;
                    }

                    pending.Write(buffer, start, i - start);
                    Dispatch(pending.ToArray());
                    pending.SetLength(0);
                    start = i + 1;
                }

                pending.Write(buffer, start, read - start);
            }
        }
        finally
        {
            var gone = new IOException("The browser closed unexpectedly.");
            foreach (var reply in _replies.Values)
            {
                reply.TrySetException(gone);
            }

            foreach (var waiter in _events.Values)
            {
                waiter.TrySetException(gone);
            }
        }
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id) && _replies.TryGetValue(id.GetInt32(), out var reply))
        {
            if (root.TryGetProperty("error", out var error))
            {
                reply.TrySetException(new InvalidOperationException($"Browser refused: {error.GetProperty("message").GetString()}"));
            }
            else
            {
                reply.TrySetResult(root.GetProperty("result").Clone());
            }
        }
        else if (root.TryGetProperty("method", out var method) && root.TryGetProperty("sessionId", out var session)
                 && _events.TryRemove((session.GetString()!, method.GetString()!), out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone, or refusing to die; nothing more can be done from here.
        }
        finally
        {
            _process.Dispose();
            _writeLock.Dispose();
            TryDelete(_profileFolder);
        }
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A crashed browser can leave files open for a moment; the OS temp cleaner gets the rest.
        }
    }
}
