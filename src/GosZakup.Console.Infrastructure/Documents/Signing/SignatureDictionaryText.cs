using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>The text entries of signature dictionaries (/Reason, /Location), read with PDFsharp so that PDF string
/// encodings are decoded, keyed by their /ByteRange. Informational only: a PDF PDFsharp cannot read gives none.</summary>
internal static class SignatureDictionaryText
{
    public static IReadOnlyDictionary<PdfByteRange, (string? Reason, string? Location)> Read(byte[] pdf)
    {
        var found = new Dictionary<PdfByteRange, (string?, string?)>();
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
            {
                if (dictionary.Elements.GetArray("/ByteRange") is not { Elements.Count: 4 } array)
                    continue;
                var range = new PdfByteRange(Long(array, 0), Long(array, 1), Long(array, 2), Long(array, 3));
                found[range] = (Text(dictionary, "/Reason"), Text(dictionary, "/Location"));
            }
        }
        catch (Exception)
        {
            // Uploaded files are anyone's: whatever PDFsharp throws on a malformed one, the signature check works on the
            // raw bytes and the file just has no reason or location to show.
        }
        return found;
    }

    private static long Long(PdfArray array, int index) => array.Elements[index] switch
    {
        PdfLongInteger value => value.Value,
        PdfInteger value => value.Value,
        _ => -1,
    };

    private static string? Text(PdfDictionary dictionary, string key)
    {
        var value = dictionary.Elements.GetString(key);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
