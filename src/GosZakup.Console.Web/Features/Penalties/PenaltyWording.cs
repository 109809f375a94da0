using System.Globalization;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>A penalty's formula with its figures, in the user's language, e.g. "3 h 20 min × 50 000 ₸/h = 166 667 ₸".</summary>
public static class PenaltyWording
{
    public static string Formula(PenaltyLine line, PenaltyOptions options, IStringLocalizer<SharedResource> l)
    {
        var text = l["Penalties.Formula.Hourly", Duration(line.BilledMinutes, l), Money(options.RatePerHour), Money(line.HourlyAmount)].Value;
        if (line.PerIncidentAmount > 0) text += " " + l["Penalties.Formula.PerIncident", Money(line.PerIncidentAmount), Money(line.Uncapped)].Value;
        if (line.CappedPerIncident) text += "; " + l["Penalties.Formula.IncidentCap", Money(line.AfterIncidentCap)].Value;
        if (line.CappedPerQuarter) text += "; " + l["Penalties.Formula.QuarterCap", Money(line.Amount)].Value;
        return text;
    }

    public static string Duration(int minutes, IStringLocalizer<SharedResource> l) => l["Penalties.Duration", minutes / 60, minutes % 60].Value;

    /// <summary>Whole tenge with a thin space between thousands, the same in every language.</summary>
    public static string Money(decimal amount) =>
        amount.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "\u00A0", NumberDecimalDigits = 0 });
}
