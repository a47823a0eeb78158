namespace Lifecycle.Application.Abstractions;

/// <summary>Turns a self-contained HTML document (styles inline, no scripts) into a PDF.</summary>
public interface IPdfRenderer
{
    /// <summary>Whether PDFs can be produced here, and if not, why not, in words an administrator can act on.</summary>
    PdfAvailability Availability { get; }

    /// <exception cref="PdfRenderingException">The conversion failed or took too long.</exception>
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken);
}

public sealed record PdfAvailability(bool IsAvailable, string Description);

public sealed class PdfRenderingException(string message, Exception? inner = null) : Exception(message, inner);
