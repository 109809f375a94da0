using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Obligations;

/// <summary><c>/api/v1/obligations</c>: what an event of the Rules would oblige, with each deadline.</summary>
public static class ObligationsApi
{
    public sealed record PlannedObligationResponse(
        string Code, string Clause, string? DueAt, string? TargetAt, string Counting, string? Warn50At, string? Warn80At, string CalendarVersion, string? MetAt,
        string Calendar);

    public static void MapObligationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/obligations").WithTags("Obligations").RequireAuthorization(Policies.SignedIn)
            .MapGet("/preview", PreviewAsync)
            .WithSummary("The obligations an event would create (e.g. trigger=Confirmed&severity=Medium, or trigger=AppealReceived&channel=Email; "
                + "receivedAt: when the information arrived, for R2 §9), each with the calendar it counts on");
    }

    private static async Task<Results<Ok<List<PlannedObligationResponse>>, ValidationProblem>> PreviewAsync(
        string? trigger, string? severity, string? channel, string? at, string? detectedAt, string? receivedAt,
        CalendarStore store, ObligationSettings settings, IStringLocalizer<SharedResource> l)
    {
        var calendars = await store.AllAsync();
        var calendar = calendars.ContactCentre;
        var values = new ApiValues(l);
        var happened = values.Enum<ObligationTrigger>("trigger", trigger, required: true);
        var level = values.Enum<Severity>("severity", severity, required: happened == ObligationTrigger.Confirmed);
        var via = values.Enum<AppealChannel>("channel", channel, required: false);
        var when = values.Instant("at", at, calendar);
        var detected = values.Instant("detectedAt", detectedAt, calendar, required: false);
        var received = values.Instant("receivedAt", receivedAt, calendar, required: false);
        if (values.HasErrors) return TypedResults.ValidationProblem(values.Errors);
        try
        {
            var plan = ObligationPlanner.Plan(new ObligationEvent(happened!.Value, when!.Value, level, via, detected, received), calendars, settings);
            return TypedResults.Ok(plan.Select(p => new PlannedObligationResponse(p.Code, p.Clause, ApiValues.Format(p.DueAt), ApiValues.Format(p.TargetAt),
                p.Counting.ToString(), ApiValues.Format(p.Warn50At), ApiValues.Format(p.Warn80At), p.CalendarVersion, ApiValues.Format(p.MetAt),
                p.Calendar.Code())).ToList());
        }
        catch (ArgumentOutOfRangeException)
        {
            values.Add("at", l["Api.RunsPastCalendar", calendar.LastDay.ToString("yyyy-MM-dd", null)]);
            return TypedResults.ValidationProblem(values.Errors);
        }
    }
}
