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
    public static string KazakhAndRussian(string code) => $"{In(code, Cultures.Kazakh)} / {In(code, Cultures.Russian)}";

    private static string In(string code, string culture) => Strings.GetString(Key(code), new CultureInfo(culture)) ?? code;
}
