using System.Globalization;
using System.Resources;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Localization;

/// <summary>A clause code as the code and docs write it ("R2 §7", "R2 §30-§31", "R2 §25, R1 §13", "R2 §11, form F1")
/// in the words a reader of each language uses: "п. 7 Правил", "Қағидалардың 7-тармағы", "Rules §7". R2 (the failure
/// Rules, the console's own) is "the Rules"; R1 is named as the portal's Rules of use; forms keep their F-numbers, as
/// the forms themselves do. The one place a clause gets its words on pages and in mails; code and docs keep "R2 §7".</summary>
public static class ClauseLabels
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>The label in the current UI language.</summary>
    public static string Format(string? code) => Format(code, CultureInfo.CurrentUICulture);

    public static string Format(string? code, CultureInfo culture) =>
        string.Join(", ", ClauseCitation.Parse(code).Select(g => g.Document switch
        {
            "" => g.Items[0],
            "Form" => string.Format(culture, Text("Clause.Form", culture), g.Items[0]),
            _ => string.Format(culture, Text($"Clause.{g.Document}.{(g.IsSingle ? "One" : "Many")}", culture), string.Join(", ", g.Items)),
        }));

    /// <summary>The full titles of the documents a code cites, for a tooltip.</summary>
    public static string Titles(string? code, CultureInfo culture) =>
        string.Join("; ", ClauseCitation.Documents(code).Select(d => Text($"Clause.{d}.Title", culture)));

    public static string Titles(string? code) => Titles(code, CultureInfo.CurrentUICulture);

    public static bool IsCode(string? text) => ClauseCitation.IsCode(text);

    private static string Text(string key, CultureInfo culture) => Strings.GetString(key, culture) ?? key;
}
