namespace Lifecycle.Infrastructure.Pdf;

/// <summary>The "Pdf" configuration section.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Chromium, Chrome or Edge. When empty, the usual install locations are searched.</summary>
    public string? BrowserPath { get; set; }

    /// <summary>Longest one conversion may take, including starting the browser.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Conversions running at once; more wait their turn (each tab holds tens of megabytes).</summary>
    public int MaxConcurrentConversions { get; set; } = 2;

    /// <summary>The browser is closed after this long without a conversion, returning its memory.</summary>
    public int IdleShutdownSeconds { get; set; } = 300;
}
