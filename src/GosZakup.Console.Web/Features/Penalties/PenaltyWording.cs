using GosZakup.Console.Domain.Amounts;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>A penalty's formula with its figures, in the user's language, e.g. "3 h 20 min × 50 000,00 ₸/h = 166 666,67 ₸".</summary>
public static class PenaltyWording
{
    public static string Formula(PenaltyLine line, PenaltyOptions options, IStringLocalizer<SharedResource> l)
    {
        var text = l["Penalties.Formula.Hourly", Duration(line.BilledMinutes, l), Money.Format(options.RatePerHour), Money.Format(line.HourlyAmount)].Value;
        if (line.PerIncidentAmount > 0) text += " " + l["Penalties.Formula.PerIncident", Money.Format(line.PerIncidentAmount),
            Money.Format(line.Uncapped)].Value;
        if (line.CappedPerIncident) text += "; " + l["Penalties.Formula.IncidentCap", Money.Format(line.AfterIncidentCap)].Value;
        if (line.CappedPerQuarter) text += "; " + l["Penalties.Formula.QuarterCap", Money.Format(line.Amount)].Value;
        return text;
    }

    public static string Duration(int minutes, IStringLocalizer<SharedResource> l) => l["Penalties.Duration", minutes / 60, minutes % 60].Value;
}
