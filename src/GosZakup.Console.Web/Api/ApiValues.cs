using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace GosZakup.Console.Web.Api;

/// <summary>Reads and writes the API's values: instants as ISO 8601 with an offset (out: Astana, +05:00),
/// dates as ISO dates. Each reader adds a message naming the field to <c>errors</c> instead of throwing.</summary>
public sealed class ApiValues(IStringLocalizer<SharedResource> l)
{
    private static readonly OffsetDateTimePattern InstantIn = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern InstantOut = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public Instant? Instant(string field, string? text, WorkingCalendar calendar, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
            return required ? Fail<Instant?>(field, l["Api.Required", field]) : null;
        var parsed = InstantIn.Parse(text.Trim());
        if (!parsed.Success) return Fail<Instant?>(field, l["Api.InstantWithOffset", field]);
        var instant = parsed.Value.ToInstant();
        return calendar.Covers(instant) ? instant : Fail<Instant?>(field, Outside(field, calendar));
    }

    public LocalDate? Date(string field, string? text, WorkingCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(text)) return Fail<LocalDate?>(field, l["Api.Required", field]);
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success) return Fail<LocalDate?>(field, l["Api.DateIso", field]);
        var date = parsed.Value;
        return date >= calendar.FirstDay && date <= calendar.LastDay ? date : Fail<LocalDate?>(field, Outside(field, calendar));
    }

    public TEnum? Enum<TEnum>(string field, string? text, bool required) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
            return required ? Fail<TEnum?>(field, l["Api.Required", field]) : null;
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : Fail<TEnum?>(field, l["Api.OneOf", field, string.Join(", ", System.Enum.GetNames<TEnum>())]);
    }

    /// <summary>A calendar's code, <c>contact-centre</c> (the default, so earlier callers keep working) or <c>state</c>.</summary>
    public CalendarName Calendar(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return CalendarName.ContactCentre;
        if (CalendarNames.TryParse(text, out var name)) return name;
        Add(field, l["Api.OneOf", field, string.Join(", ", CalendarNames.All.Select(c => c.Code()))]);
        return CalendarName.ContactCentre; // a usable stand-in: the caller answers with the error before counting anything
    }

    public void Add(string field, string message) => Errors[field] = [.. Errors.GetValueOrDefault(field) ?? [], message];

    public static string Format(Instant instant) => InstantOut.Format(instant.InZone(AstanaTime.Zone).ToOffsetDateTime());

    public static string? Format(Instant? instant) => instant is { } value ? Format(value) : null;

    private string Outside(string field, WorkingCalendar calendar) =>
        l["Api.OutsideCalendar", field, calendar.FirstDay.ToString("yyyy-MM-dd", null), calendar.LastDay.ToString("yyyy-MM-dd", null)];

    private T Fail<T>(string field, string message)
    {
        Add(field, message);
        return default!;
    }
}
