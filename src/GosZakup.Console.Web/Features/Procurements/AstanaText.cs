using GosZakup.Console.Domain.Calendar;

namespace GosZakup.Console.Web.Features.Procurements;

internal static class AstanaText
{
    /// <summary>"20.11.2026 18:00 (UTC+5)": a UTC instant as read on an Astana clock.</summary>
    public static string Of(DateTime utc)
    {
        var at = AstanaTime.FromUtc(utc);
        return $"{at.ToString("dd.MM.yyyy HH:mm", null)} ({AstanaTime.OffsetLabel(at)})";
    }
}
