using System.Globalization;
using System.Resources;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>The name of each duty of the obligation catalogue, one resource per code ("Duty.register").</summary>
public static class DutyNames
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    public static string Key(string code) => $"Duty.{code}";

    /// <summary>For mail, which goes out in Kazakh and Russian at once (R1 §12): "kk name / ru name".</summary>
    public static string KazakhAndRussian(string code) => KazakhAndRussianOf(Key(code));

    /// <summary>Any resource as mail writes it: "kk / ru".</summary>
    public static string KazakhAndRussianOf(string key) => $"{In(key, Cultures.Kazakh)} / {In(key, Cultures.Russian)}";

    private static string In(string key, string culture) => Strings.GetString(key, new CultureInfo(culture)) ?? key;
}
