using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Hosting;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Calendar;

/// <summary><c>/api/v1/calendar</c>: the working calendars and their arithmetic, anonymous and rate-limited. Each
/// endpoint takes <c>calendar=contact-centre|state</c>: the contact centre's six-day week (R2 §6, the default) or the
/// state bodies' five-day week.</summary>
public static class CalendarApi
{
    public const int MaxMinutes = 100_000;
    public const int MaxDays = 366;

    public sealed record AddWorkingTimeResponse(string From, int Minutes, bool PauseForLunch, string Result, string Calendar);

    public sealed record WorkingDayResponse(string Date, string OpensAt, string ClosesAt, string Calendar);

    public sealed record LunchResponse(string StartsAt, string EndsAt);

    public sealed record DayResponse(string Date, string Status, string? OpensAt, string? ClosesAt, LunchResponse? Lunch, string? Kind, string? Reason,
        string? Source, string Calendar);

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar").WithTags("Calendar").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi);
        api.MapGet("/add-working-time", AddWorkingTimeAsync).WithSummary("Adds working minutes to an instant (R2 §6-§7)");
        api.MapGet("/next-working-day", NextWorkingDayAsync).WithSummary("The first working day after a date");
        api.MapGet("/days", DaysAsync).WithSummary("Each day of a range: status, hours, lunch and the reason of an exception");
    }

    private static async Task<Results<Ok<AddWorkingTimeResponse>, ValidationProblem>> AddWorkingTimeAsync(
        string? from, int? minutes, bool? pauseForLunch, string? calendar, CalendarStore store, IStringLocalizer<SharedResource> l)
    {
        var values = new ApiValues(l);
        var chosen = await store.CurrentAsync(values.Calendar("calendar", calendar));
        if (values.HasErrors) return TypedResults.ValidationProblem(values.Errors);
        return AddWorkingTime(from, minutes, pauseForLunch, chosen, values, l);
    }

    private static Results<Ok<AddWorkingTimeResponse>, ValidationProblem> AddWorkingTime(
        string? from, int? minutes, bool? pauseForLunch, WorkingCalendar calendar, ApiValues values, IStringLocalizer<SharedResource> l)
    {
        var start = values.Instant("from", from, calendar);
        if (minutes is not (>= 1 and <= MaxMinutes)) values.Add("minutes", l["Api.MinutesRange", MaxMinutes]);
        if (values.HasErrors) return TypedResults.ValidationProblem(values.Errors);
        var pause = pauseForLunch ?? true;
        try
        {
            var result = calendar.AddWorkingTime(start!.Value, Duration.FromMinutes(minutes!.Value), pause);
            return TypedResults.Ok(new AddWorkingTimeResponse(ApiValues.Format(start.Value), minutes.Value, pause, ApiValues.Format(result),
                calendar.Name.Code()));
        }
        catch (ArgumentOutOfRangeException)
        {
            values.Add("minutes", l["Api.RunsPastCalendar", calendar.LastDay.ToString("yyyy-MM-dd", null)]);
            return TypedResults.ValidationProblem(values.Errors);
        }
    }

    private static async Task<Results<Ok<WorkingDayResponse>, ValidationProblem>> NextWorkingDayAsync(
        string? after, string? calendar, CalendarStore store, IStringLocalizer<SharedResource> l)
    {
        var values = new ApiValues(l);
        var chosen = await store.CurrentAsync(values.Calendar("calendar", calendar));
        var date = values.Date("after", after, chosen);
        if (values.HasErrors) return TypedResults.ValidationProblem(values.Errors);
        try
        {
            var next = chosen.NextWorkingDay(date!.Value);
            return TypedResults.Ok(new WorkingDayResponse(next.ToString("yyyy-MM-dd", null),
                ApiValues.Format(chosen.OpeningOf(next)), ApiValues.Format(chosen.CloseOf(next)), chosen.Name.Code()));
        }
        catch (ArgumentOutOfRangeException)
        {
            values.Add("after", l["Api.RunsPastCalendar", chosen.LastDay.ToString("yyyy-MM-dd", null)]);
            return TypedResults.ValidationProblem(values.Errors);
        }
    }

    private static async Task<Results<Ok<List<DayResponse>>, ValidationProblem>> DaysAsync(
        string? from, string? to, string? calendar, CalendarStore store, IStringLocalizer<SharedResource> l)
    {
        var values = new ApiValues(l);
        var chosen = await store.CurrentAsync(values.Calendar("calendar", calendar));
        var first = values.Date("from", from, chosen);
        var last = values.Date("to", to, chosen);
        if (first is { } a && last is { } b && b < a) values.Add("to", l["Api.RangeOrder"]);
        else if (first is { } c && last is { } d && Period.Between(c, d, PeriodUnits.Days).Days >= MaxDays) values.Add("to", l["Api.RangeTooLong", MaxDays]);
        if (values.HasErrors) return TypedResults.ValidationProblem(values.Errors);
        var days = new List<DayResponse>();
        for (var date = first!.Value; date <= last!.Value; date = date.PlusDays(1))
            days.Add(Describe(chosen.Day(date), chosen.Name));
        return TypedResults.Ok(days);
    }

    public static DayResponse Describe(CalendarDay day, CalendarName calendar)
    {
        var hours = day.Hours;
        string At(LocalTime time) => ApiValues.Format(AstanaTime.Zone.AtLeniently(day.Date.At(time)).ToInstant());
        return new DayResponse(
            day.Date.ToString("yyyy-MM-dd", null),
            day.IsWorking ? "working" : "closed",
            day.IsWorking ? At(hours!.Opens) : null,
            day.IsWorking ? At(hours!.Closes) : null,
            day.IsWorking && hours!.LunchStarts is { } ls && hours.LunchEnds is { } le ? new LunchResponse(At(ls), At(le)) : null,
            day.Override?.Kind.ToString(),
            day.Override?.Reason.In(CultureInfo.CurrentUICulture.Name),
            day.Override?.Source,
            calendar.Code());
    }
}
