using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>One signature's <c>/ByteRange [a b c d]</c>, read from the raw bytes: the signed bytes are
/// <c>[a, a+b)</c> and <c>[c, c+d)</c>; the hole between holds the <c>/Contents</c> hex string with the CMS.</summary>
internal sealed partial record PdfByteRange(long Start1, long Length1, long Start2, long Length2)
{
    /// <summary>The end of the signed bytes; anything after it was appended after signing.</summary>
    public long End => Start2 + Length2;

    /// <summary>Every well-formed byte range whose hole is a hex string following <c>/Contents</c>, in file order.</summary>
    public static IReadOnlyList<PdfByteRange> FindAll(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var found = new List<PdfByteRange>();
        foreach (Match match in ByteRangeArray().Matches(text))
        {
            if (!TryParse(match, out var range) || !range.Fits(pdf.LongLength) || !range.HoleIsContents(text))
                continue;
            found.Add(range);
        }
        return found;
    }

    /// <summary>The bytes the signature covers.</summary>
    public byte[] SignedBytes(byte[] pdf)
    {
        var bytes = new byte[Length1 + Length2];
        Array.Copy(pdf, Start1, bytes, 0, Length1);
        Array.Copy(pdf, Start2, bytes, Length1, Length2);
        return bytes;
    }

    /// <summary>The CMS from the hole, without the zero padding after its DER encoding.</summary>
    public byte[] Contents(byte[] pdf)
    {
        var hex = Encoding.Latin1.GetString(pdf, (int)(Start1 + Length1) + 1, (int)(Start2 - Start1 - Length1) - 2);
        return Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
    }

    private static bool TryParse(Match match, out PdfByteRange range)
    {
        range = null!;
        var values = new long[4];
        for (var i = 0; i < 4; i++)
            if (!long.TryParse(match.Groups[i + 1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
                return false;
        range = new PdfByteRange(values[0], values[1], values[2], values[3]);
        return true;
    }

    // The signature covers the file from its first byte; the hole is at least "<>" and lies inside the file.
    private bool Fits(long fileLength) =>
        Start1 == 0 && Length1 > 0 && Start2 >= Length1 + 2 && Length2 >= 0 && End <= fileLength;

    private bool HoleIsContents(string text)
    {
        var open = (int)Length1;
        var close = (int)Start2 - 1;
        if (text[open] != '<' || text[close] != '>')
            return false;
        for (var i = open + 1; i < close; i++)
            if (!char.IsAsciiHexDigit(text[i]))
                return false;
        return ContentsKey().IsMatch(text[Math.Max(0, open - 32)..open]);
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d{1,19})\s+(\d{1,19})\s+(\d{1,19})\s+(\d{1,19})\s*\]")]
    private static partial Regex ByteRangeArray();

    [GeneratedRegex(@"/Contents\s*$")]
    private static partial Regex ContentsKey();
}
