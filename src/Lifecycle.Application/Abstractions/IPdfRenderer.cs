namespace Lifecycle.Application.Abstractions;

/// <summary>Turns a self-contained HTML document (styles inline, no scripts) into a PDF.</summary>
public interface IPdfRenderer
{
    /// <summary>Whether PDFs can be produced here, and if not, why not, in words an administrator can act on.</summary>
    PdfAvailability Availability { get; }

    /// <exception cref="PdfRenderingException">The conversion failed or took too long.</exception>
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken);

    /// <summary>
    /// The text of each page the document prints to, in order, for finding which page something falls on. Quicker than
    /// <see cref="RenderAsync"/>: the same layout, without the tags and bookmarks a finished PDF carries.
    /// </summary>
    /// <exception cref="PdfRenderingException">The conversion failed or took too long.</exception>
    Task<IReadOnlyList<string>> PageTextsAsync(string html, CancellationToken cancellationToken);
}

public sealed record PdfAvailability(bool IsAvailable, string Description);

public sealed class PdfRenderingException(string message, Exception? inner = null) : Exception(message, inner);
