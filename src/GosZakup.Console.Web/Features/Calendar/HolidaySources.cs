using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Calendar;

/// <summary>The legal basis of a calendar exception in the reader's language. The calendar files cite their sources in
/// English research notes (law, article, press reports that confirm a date); a Kazakh or Russian reader is given the acts
/// those notes name, by their titles in that language, and the full note only in English. A source that names none of
/// the known acts (one an Admin typed, say) is shown as written: it is the Admin's own text.</summary>
public static class HolidaySources
{
    /// <summary>How each act is recognised in a note, and its resource key.</summary>
    private static readonly (string Marker, string Key)[] Acts =
    [
        ("Constitution of the RK", "Calendar.Source.Constitution"),
        ("On holidays in the Republic of Kazakhstan", "Calendar.Source.HolidaysLaw"),
        ("Labour Code of the RK", "Calendar.Source.LabourCode"),
        ("Order of the Minister of Labour", "Calendar.Source.LabourMinisterOrder"),
    ];

    public static string Describe(string? source, IStringLocalizer<SharedResource> l)
    {
        if (string.IsNullOrWhiteSpace(source)) return "";
        if (Cultures.Current == Cultures.English) return source;
        var named = Acts.Where(a => source.Contains(a.Marker, StringComparison.Ordinal))
            .OrderBy(a => source.IndexOf(a.Marker, StringComparison.Ordinal))
            .Select(a => l[a.Key].Value).ToList();
        return named.Count == 0 ? source : l["Calendar.Source.Basis", string.Join("; ", named)].Value;
    }
}
