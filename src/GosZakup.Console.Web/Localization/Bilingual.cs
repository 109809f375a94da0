using System.Globalization;
using System.Resources;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Localization;

/// <summary>Documents and notices to users carry Kazakh and Russian together (R1 §12): the same resource
/// in both languages, Kazakh first.</summary>
public static class Bilingual
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));
    private static readonly CultureInfo Kazakh = new(Cultures.Kazakh);
    private static readonly CultureInfo Russian = new(Cultures.Russian);

    public static CultureInfo KazakhCulture => Kazakh;
    public static CultureInfo RussianCulture => Russian;

    public static string Text(string key, params object[] args) =>
        $"{Format(key, Kazakh, args)}\n\n{Format(key, Russian, args)}";

    public static string Subject(string key, params object[] args) =>
        $"{Format(key, Kazakh, args)} / {Format(key, Russian, args)}";

    private static string Format(string key, CultureInfo culture, object[] args) =>
        string.Format(culture, Strings.GetString(key, culture) ?? key, args);
}
