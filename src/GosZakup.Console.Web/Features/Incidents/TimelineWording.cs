using System.Globalization;
using GosZakup.Console.Domain.Amounts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Puts a timeline entry in the reader's words, in the current UI culture: its sentence from
/// "Timeline.{Kind}.Detail" filled with its values in words (levels, channels, causes; instants in Astana time,
/// labelled), then the lines a person typed, as typed.</summary>
public sealed class TimelineWording(IStringLocalizer<SharedResource> l)
{
    /// <summary>The text under the entry's header: one line per part, empty when the entry has no values.</summary>
    public string Detail(TimelineEntry entry) => entry.LegacyText ?? Detail(entry.Kind, entry.Args);

    public string Detail(string kind, IReadOnlyList<TimelineArg> args)
    {
        var values = args.Where(a => !a.IsLine).Select(Value).ToArray();
        var lines = new List<string>();
        if (values.Length > 0) lines.Add(string.Format(CultureInfo.CurrentCulture, l[$"Timeline.{kind}.Detail"].Value, values));
        lines.AddRange(args.Where(a => a.IsLine).Select(Line));
        return string.Join("\n", lines.Where(line => line.Length > 0));
    }

    /// <summary>Who did it: a member of staff by their full name in the reader's language; an organisation or an address as recorded.</summary>
    public static string Actor(TimelineEntry entry) => entry.Actor.In(CultureInfo.CurrentUICulture.Name);

    private string Value(TimelineArg arg) => arg.Type switch
    {
        TimelineArg.InstantType =>
            AstanaTime.Labelled(DateTime.Parse(arg.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
        TimelineArg.NumberType => int.Parse(arg.Value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.CurrentCulture),
        TimelineArg.MoneyType => Money.Format(decimal.Parse(arg.Value, CultureInfo.InvariantCulture)),
        TimelineArg.LevelType => l[$"Severity.{arg.Value}"],
        TimelineArg.ChannelType => l[$"Channel.{arg.Value}"],
        TimelineArg.MailType => l[$"MailTemplates.Kind.{arg.Value}"],
        TimelineArg.CauseType => FailureCauseCatalogue.Find(arg.Value)?.Title.In(CultureInfo.CurrentUICulture.Name) ?? arg.Value,
        TimelineArg.WordType => l[arg.Value],
        _ => arg.Value,
    };

    private string Line(TimelineArg arg) => arg.Type switch
    {
        TimelineArg.PhraseType => arg.Second is null ? l[arg.Value] : l[arg.Value, arg.Second],
        TimelineArg.BilingualType =>
            CultureInfo.CurrentUICulture.Name.StartsWith("kk", StringComparison.OrdinalIgnoreCase) ? arg.Value : arg.Second ?? arg.Value,
        _ => arg.Value,
    };
}
