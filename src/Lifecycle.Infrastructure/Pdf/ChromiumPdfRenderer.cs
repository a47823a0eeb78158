using System.Runtime.InteropServices;
using Lifecycle.Application.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Pdf;

/// <summary>
/// Prints HTML to PDF in a headless Chromium kept running between conversions, so a warm
/// conversion costs a new tab rather than a new browser. Bounded: a time-out per conversion, a
/// limit on conversions at once, the browser ended on any failure and after a quiet spell, and
/// the temporary HTML file always removed.
/// </summary>
internal sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    private readonly PdfOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _browserLock = new(1, 1);
    private readonly Timer _idleTimer;
    private readonly string? _browserPath;
    private ChromiumConnection? _browser;
    private int _running;

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger)
    {
        _options = options.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentConversions));
        _idleTimer = new Timer(_ => _ = CloseIfIdleAsync());
        _browserPath = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? null : BrowserLocator.Find(_options.BrowserPath);
        Availability = Describe(_browserPath, _options.BrowserPath);
    }

    public PdfAvailability Availability { get; }

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken) =>
        PdfFinishing.Finish(await ConvertAsync(html, finished: true, cancellationToken), html);

    public async Task<IReadOnlyList<string>> PageTextsAsync(string html, CancellationToken cancellationToken)
    {
        using var draft = UglyToad.PdfPig.PdfDocument.Open(await ConvertAsync(html, finished: false, cancellationToken));
        return draft.GetPages().Select(page => page.Text).ToList();
    }

    private async Task<byte[]> ConvertAsync(string html, bool finished, CancellationToken cancellationToken)
    {
        if (_browserPath is null)
        {
            throw new PdfRenderingException(Availability.Description);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var folder = Directory.CreateTempSubdirectory("lifecycle-pdf-").FullName;
        var acquired = false;
        try
        {
            await _slots.WaitAsync(timeout.Token);
            acquired = true;
            Interlocked.Increment(ref _running);
            var file = Path.Combine(folder, "pack.html");
            await File.WriteAllTextAsync(file, html, timeout.Token);
            var browser = await BrowserAsync(timeout.Token);
            return await PrintAsync(browser, new Uri(file).AbsoluteUri, finished, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !acquired)
        {
            _logger.LogWarning("PDF conversion waited {TimeoutSeconds} s for a free slot and gave up", _options.TimeoutSeconds);
            throw new PdfRenderingException("Too many PDFs are being made at the moment. Try again in a minute.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogError("PDF conversion took longer than {TimeoutSeconds} s and was abandoned", _options.TimeoutSeconds);
            await CloseBrowserAsync();
            throw new PdfRenderingException($"Making the PDF took longer than {_options.TimeoutSeconds} seconds, so it was stopped.");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            _logger.LogError(e, "PDF conversion failed");
            await CloseBrowserAsync();
            throw new PdfRenderingException("The PDF could not be made because the browser that prints it failed.", e);
        }
        finally
        {
            if (acquired)
            {
                Interlocked.Decrement(ref _running);
                _slots.Release();
                _idleTimer.Change(TimeSpan.FromSeconds(_options.IdleShutdownSeconds), Timeout.InfiniteTimeSpan);
            }

            ChromiumConnection.TryDelete(folder);
        }
    }

    /// <summary>A finished PDF is tagged and has bookmarks; a draft, printed only to see where pages break, has neither.</summary>
    private static async Task<byte[]> PrintAsync(ChromiumConnection browser, string url, bool finished, CancellationToken cancellationToken)
    {
        var target = await browser.SendAsync("Target.createTarget", new { url = "about:blank" }, null, cancellationToken);
        var targetId = target.GetProperty("targetId").GetString()!;
        try
        {
            var attached = await browser.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, null, cancellationToken);
            var session = attached.GetProperty("sessionId").GetString()!;
            await browser.SendAsync("Emulation.setScriptExecutionDisabled", new { value = true }, session, cancellationToken);
            await browser.SendAsync("Page.enable", null, session, cancellationToken);
            var loaded = browser.WhenEventAsync(session, "Page.loadEventFired");
            var navigation = await browser.SendAsync("Page.navigate", new { url }, session, cancellationToken);
            if (navigation.TryGetProperty("errorText", out var error))
            {
                throw new InvalidOperationException($"The browser could not open the document: {error.GetString()}");
            }

            await loaded.WaitAsync(cancellationToken);
            var pdf = await browser.SendAsync("Page.printToPDF", new
            {
                preferCSSPageSize = true,
                printBackground = true,
                generateTaggedPDF = finished,
                generateDocumentOutline = finished,
                displayHeaderFooter = false,
            }, session, cancellationToken);
            return Convert.FromBase64String(pdf.GetProperty("data").GetString()!);
        }
        finally
        {
            await CloseTabAsync(browser, targetId);
        }
    }

    private static async Task CloseTabAsync(ChromiumConnection browser, string targetId)
    {
        if (browser.HasExited)
        {
            return;
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await browser.SendAsync("Target.closeTarget", new { targetId }, null, limit.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The tab goes when the browser does: a failed conversion closes the browser anyway.
        }
    }

    private async Task<ChromiumConnection> BrowserAsync(CancellationToken cancellationToken)
    {
        await _browserLock.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { HasExited: false } running)
            {
                return running;
            }

            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _logger.LogInformation("Starting {BrowserPath} for PDF export", _browserPath);
            _browser = ChromiumConnection.Start(_browserPath!);
            return _browser;
        }
        finally
        {
            _browserLock.Release();
        }
    }

    private Task CloseIfIdleAsync() => CloseBrowserAsync(onlyIfIdle: true);

    /// <summary>Idleness is checked under the lock a conversion takes to get the browser, so a starting conversion keeps it.</summary>
    private async Task CloseBrowserAsync(bool onlyIfIdle = false)
    {
        await _browserLock.WaitAsync();
        try
        {
            if (_browser is not null && !(onlyIfIdle && Volatile.Read(ref _running) > 0))
            {
                await _browser.DisposeAsync();
                _browser = null;
            }
        }
        finally
        {
            _browserLock.Release();
        }
    }

    private static PdfAvailability Describe(string? found, string? configured) => found switch
    {
        not null => new(true, $"PDF export is available, printed by {found}."),
        null when RuntimeInformation.IsOSPlatform(OSPlatform.Windows) =>
            new(false, "PDF export needs Linux or macOS (it drives the browser through a pipe). Use the printable page instead."),
        null when !string.IsNullOrWhiteSpace(configured) =>
            new(false, $"PDF export is not available: no browser was found at {configured} (Pdf:BrowserPath)."),
        null => new(false, "PDF export is not available: no Chromium, Chrome or Edge was found. Install one or set Pdf:BrowserPath."),
    };

    public async ValueTask DisposeAsync()
    {
        await _idleTimer.DisposeAsync();
        await CloseBrowserAsync();
        _slots.Dispose();
        _browserLock.Dispose();
    }
}
