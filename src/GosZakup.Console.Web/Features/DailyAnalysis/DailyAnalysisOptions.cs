namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary>The configuration section <c>DailyAnalysis</c>.</summary>
public sealed class DailyAnalysisOptions
{
    /// <summary>The console's address for the links in the mail, e.g. <c>https://console.goszakup.gov.kz</c>; empty: the
    /// Acts' <c>Acts:PublicBaseUrl</c>, and when that is empty too the links are paths only.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public string PageUrl(DateOnly day) => $"{PublicBaseUrl.TrimEnd('/')}{DailyAnalysisLinks.Page(day)}";

    public string PdfUrl(DateOnly day) => $"{PublicBaseUrl.TrimEnd('/')}{DailyAnalysisLinks.Pdf(day)}";
}

/// <summary>The page's and the PDF's paths for a day.</summary>
public static class DailyAnalysisLinks
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string Text(DateOnly day) => day.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture);

    public static string Page(DateOnly day) => $"/reports/daily/{Text(day)}";

    public static string Pdf(DateOnly day) => $"/reports/daily/{Text(day)}.pdf";

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
        && day.Year is >= 2024 and <= 2100 ? day : null;
}
