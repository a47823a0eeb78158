namespace Lifecycle.Web.Exports.Pack;

/// <summary>The pack as a PDF, or, when the PDF could not be made, as the printable page that says why.</summary>
public sealed record PackExport(PackDocument Document, byte[]? Pdf, PackHtml? PrintableInstead);
