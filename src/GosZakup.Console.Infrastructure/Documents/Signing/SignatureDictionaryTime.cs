using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>PDFsharp 6.5 writes the signature dictionary's <c>/M</c> from <c>DateTime.Now</c>. Before the byte range
/// is digested, this overwrites it in the saved bytes with the signing time from the console's clock, in Astana time.
/// Both dates have the form <c>D:yyyyMMddHHmmss+hh'mm'</c>, so no offset in the file moves.</summary>
internal static partial class SignatureDictionaryTime
{
    public static void Pin(MemoryStream saved, DateTime signingTimeUtc)
    {
        var buffer = saved.GetBuffer();
        var length = (int)saved.Length;
        var match = ModificationDate().Match(Encoding.Latin1.GetString(buffer, 0, length));
        if (!match.Success)
            throw new InvalidOperationException("PDFsharp wrote no /M date in the signature dictionary; PdfSigner needs an update for this PDFsharp version.");

        var date = PdfDate(signingTimeUtc);
        var group = match.Groups["date"];
        if (date.Length != group.Length)
            throw new InvalidOperationException($"The /M date {group.Value} and {date} differ in length.");
        Encoding.Latin1.GetBytes(date, 0, date.Length, buffer, group.Index);
    }

    /// <summary>The instant as a PDF date in Astana time, e.g. <c>D:20261120121000+05'00'</c>.</summary>
    public static string PdfDate(DateTime utc)
    {
        var astana = AstanaTime.FromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        var offset = astana.Offset.ToTimeSpan();
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return $"D:{astana.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'";
    }

    [GeneratedRegex(@"/SubFilter\s*/adbe\.pkcs7\.detached\s*/M\s*\((?<date>D:\d{14}[+-]\d{2}'\d{2}')\)")]
    private static partial Regex ModificationDate();
}
