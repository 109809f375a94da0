using System.Globalization;
using System.Resources;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary>The daily analysis mail: Kazakh, then Russian, in one message (R1 §12), with the totals and the links.</summary>
public static class DailyAnalysisMail
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    public static (string Subject, string Body) Compose(DailyAnalysisDocument analysis, string pageUrl, string pdfUrl)
    {
        var totals = DailyAnalysisPdf.Totals(analysis);
        var date = analysis.Day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var period = DailyAnalysisPdf.Period(analysis);
        var kk = new CultureInfo(Cultures.Kazakh);
        var ru = new CultureInfo(Cultures.Russian);
        var subject = $"{Format("DailyAnalysis.Mail.Subject", kk, date)} / {Format("DailyAnalysis.Mail.Subject", ru, date)}";
        var body = $"{Body(kk, totals.Kazakh)}\n\n{Body(ru, totals.Russian)}";
        return (subject, body);

        string Body(CultureInfo culture, string totalsLine) => string.Join('\n',
            Format("DailyAnalysis.Mail.Intro", culture, date, period), totalsLine,
            Format("DailyAnalysis.Mail.Page", culture, pageUrl), Format("DailyAnalysis.Mail.PdfLink", culture, pdfUrl));
    }

    private static string Format(string key, CultureInfo culture, params object[] values) =>
        string.Format(culture, Strings.GetString(key, culture) ?? key, values);
}
