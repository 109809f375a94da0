using System.Text.RegularExpressions;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>The schedule in words: a daily cron ("30 2 * * *") reads as "every night at 02:30"; any other cron is shown as
/// it is written in the settings.</summary>
public static partial class BackupSchedule
{
    public static string Describe(string cron, IStringLocalizer<SharedResource> l) =>
        Daily().Match(cron) is { Success: true } daily
            ? l["Backups.Daily", $"{int.Parse(daily.Groups[2].Value):00}:{int.Parse(daily.Groups[1].Value):00}"].Value
            : l["Backups.Cron", cron].Value;

    [GeneratedRegex(@"^([0-5]?\d) ([01]?\d|2[0-3]) \* \* \*$")]
    private static partial Regex Daily();
}
