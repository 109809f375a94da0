using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>Reads a calendar file of <c>assets/calendars/{calendar}/kz-YYYY.json</c> (text in, exceptions out: the
/// caller does the file I/O). Strict: a malformed entry is an error naming its date, never skipped.</summary>
public static class CalendarFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<CalendarOverride> Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileModel>(json, Options) ?? throw new FormatException("The calendar file is empty.");
        return file.Days.Select(day => ToOverride(day, file.Year)).ToList();
    }

    private static CalendarOverride ToOverride(DayModel day, int year)
    {
        var date = LocalDatePattern.Iso.Parse(day.Date).GetValueOrThrow();
        if (date.Year != year) throw new FormatException($"{day.Date} is not in the file's year {year}.");
        var reason = day.Reason ?? throw new FormatException($"{day.Date} has no reason.");
        var hours = day.Opens is null ? null : new WorkingHours(Time(day.Opens), Time(day.Closes!), OptionalTime(day.LunchStarts), OptionalTime(day.LunchEnds));
        return new CalendarOverride(date, day.Kind, hours, new LocalizedText(reason.Kk, reason.Ru, reason.En), day.Source);
    }

    private static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).GetValueOrThrow();

    private static LocalTime? OptionalTime(string? text) => text is null ? null : Time(text);

    private sealed record FileModel(int Year, List<DayModel> Days);

    private sealed record DayModel(string Date, OverrideKind Kind, ReasonModel? Reason, string Source,
        string? Opens = null, string? Closes = null, string? LunchStarts = null, string? LunchEnds = null);

    private sealed record ReasonModel(string Kk, string Ru, string En);
}
