using System.Globalization;

namespace GosZakup.Console.Web.Localization;

/// <summary>The console's three languages: Kazakh and Russian, which the law requires, and English.</summary>
public static class Cultures
{
    public const string Kazakh = "kk-KZ";
    public const string Russian = "ru-RU";
    public const string English = "en-US";

    /// <summary>Each language under its own name, as a language menu shows it.</summary>
    public static IReadOnlyList<(string Code, string NativeName)> Supported { get; } =
    [
        (Kazakh, "Қазақша"),
        (Russian, "Русский"),
        (English, "English"),
    ];

    public static bool IsSupported(string? code) => Supported.Any(c => c.Code == code);

    public static string NativeName(string code) => Supported.FirstOrDefault(c => c.Code == code).NativeName ?? code;

    public static string Current => CultureInfo.CurrentUICulture.Name;

    /// <summary>A text of the bilingual forms in the current language; in English, which the forms do not have, both.</summary>
    public static string InCurrent(Infrastructure.Documents.BilingualText text) =>
        Current == Kazakh ? text.Kazakh : Current == Russian ? text.Russian : text.Both;
}
