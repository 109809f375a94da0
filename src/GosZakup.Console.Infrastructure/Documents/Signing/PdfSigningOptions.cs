using PdfSharp.Drawing;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>What the signature dictionary says besides the signature itself.</summary>
/// <param name="Reason">Why the document is signed, e.g. "Approval of Act No. 12/2026 (R2 §17)".</param>
/// <param name="Location">Where it is signed; "Astana" unless told.</param>
/// <param name="Stamp">A visible stamp on page 1 at this rectangle (PDF points, origin at the bottom left of the page); null for an
/// invisible signature.</param>
public sealed record PdfSigningOptions(string Reason, string Location = "Astana", XRect? Stamp = null);
