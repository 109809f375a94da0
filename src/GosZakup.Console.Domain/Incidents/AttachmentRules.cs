using System.Text;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>What an appeal's evidence may be (R2 §6.1: screenshots, documents): at most 20 MB a file
/// (R1 §8), and of a type recognised by its content, never by its name.</summary>
public static class AttachmentRules
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="DetectType"/> needs.</summary>
    public const int HeadLength = 512;

    /// <summary>The content type of an allowed file from its first bytes, or null when it is not one the
    /// console accepts (executables, archives of unknown content, markup, anything unrecognised).</summary>
    public static string? DetectType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return "image/gif";
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith("PK\x03\x04"u8) && Contains(head, "[Content_Types].xml"u8)) return "application/vnd.openxmlformats-officedocument";
        return IsPlainText(head) ? "text/plain" : null;
    }

    /// <summary>UTF-8 text with no control characters other than tabs and line breaks, and no markup.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return false;
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(head.Length)];
        int count;
        try
        {
            // A file cut off mid-character is still text: flush: false keeps an incomplete last sequence.
            count = decoder.GetChars(head, chars, flush: false);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var text = chars.AsSpan(0, count);
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return false;
        return !text.TrimStart().StartsWith("<");
    }

    private static bool Contains(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle) >= 0;
}
