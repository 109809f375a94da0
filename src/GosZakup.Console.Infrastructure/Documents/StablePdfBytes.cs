using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>PDFsharp 6.5 has no option for reproducible output: besides the trailer's file identifier (which
/// <see cref="Identify"/> sets), it names each embedded font subset with a random six-letter tag and writes random
/// UUIDs into the XMP metadata on save. <see cref="Save"/> replaces those with values derived from a seed, each
/// exactly as long as what it replaces, so no byte offset in the file moves.</summary>
internal static partial class StablePdfBytes
{
    /// <summary>The document's title, subject and dates; the dates as UTC instants, so the host's time zone cannot change the bytes.</summary>
    public static void Describe(PdfDocument document, string title, string? subject, DateTime createdAtUtc)
    {
        document.Info.Title = title;
        if (subject is not null) document.Info.Subject = subject;
        document.Info.Creator = "GosZakup.Console";
        var utc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        (document.Info.CreationDate, document.Info.ModificationDate) = (utc, utc);
    }

    public static void Identify(PdfDocument document, string seed)
    {
        var id = Convert.ToHexString(Hash(seed, 16));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    public static byte[] Save(PdfDocument document, string seed)
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        // Latin-1 maps every byte to one char and back, so binary streams pass through untouched.
        var text = Encoding.Latin1.GetString(stream.ToArray());
        var tags = new Dictionary<string, string>();
        text = SubsetTag().Replace(text, m => tags.TryGetValue(m.Value, out var tag) ? tag : tags[m.Value] = Tag(tags.Count));
        var uuids = 0;
        text = XmpUuid().Replace(text, _ => new Guid(Hash($"{seed}|uuid|{uuids++}", 16)).ToString("D"));
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Tag(int index)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--, index /= 26) letters[i] = (char)('A' + index % 26);
        return new string(letters);
    }

    private static byte[] Hash(string seed, int length) => SHA256.HashData(Encoding.UTF8.GetBytes(seed))[..length];

    [GeneratedRegex(@"(?<=/(?:FontName|BaseFont)/)[A-Z]{6}(?=\+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"(?<=uuid:)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();
}
