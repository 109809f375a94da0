using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Hosting;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary><c>POST /api/v1/appeals</c>: monitoring tools and other systems open appeals (R2 §5), with an API key.
/// A retried request with the same <c>Idempotency-Key</c> header returns the appeal it already made.</summary>
public static class AppealsApi
{
    public sealed record AppealRequest(
        string? Channel, string? ReceivedAt, string? Organisation, string? TaxpayerNumber, string? Email, string? Phone,
        string? Description, string? DetectedAt, string? ProcurementNumbers, string? LotNumbers, bool? ParticipationBlocked = null);

    public sealed record AppealResponse(Guid Id, string Channel, string ReceivedAt, string? RegistrationTargetAt, string? RegistrationDueAt, bool LateReport);

    /// <summary>The form's fields under the names the API uses, so a problem names the field the caller sent.</summary>
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        [nameof(AppealForm.OrganisationName)] = "organisation", [nameof(AppealForm.TaxpayerNumber)] = "taxpayerNumber",
        [nameof(AppealForm.ContactEmail)] = "email", [nameof(AppealForm.ContactPhone)] = "phone", [nameof(AppealForm.Description)] = "description",
        [nameof(AppealForm.ReceivedAt)] = "receivedAt", [nameof(AppealForm.DetectedAt)] = "detectedAt",
        [nameof(AppealForm.ProcurementNumbers)] = "procurementNumbers", [nameof(AppealForm.LotNumbers)] = "lotNumbers",
    };

    public static void MapAppealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Appeals").AllowAnonymous().AddEndpointFilter<ApiKeyFilter>();
        api.MapPost("/appeals", PostAsync).RequireRateLimiting(RateLimits.Appeals)
            .WithSummary("Opens an appeal; answers its R2 §7 registration target and legal limit");
        api.MapPost("/integrations/alertmanager", AlertmanagerAdapter.PostAsync).RequireRateLimiting(RateLimits.Alertmanager)
            .WithSummary("Prometheus Alertmanager webhook: a firing alert opens a Monitoring appeal, its later firings join it; bad alerts are listed, not stored");
    }

    private static async Task<Results<Created<AppealResponse>, Ok<AppealResponse>, ValidationProblem>> PostAsync(
        AppealRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        AppealIntake intake, CalendarStore calendars, IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var calendar = await calendars.CurrentAsync(CalendarName.ContactCentre, ct);
        var values = new ApiValues(l);
        var channel = values.Enum<AppealChannel>("channel", request.Channel, required: true);
        var received = values.Instant("receivedAt", request.ReceivedAt, calendar);
        var detected = values.Instant("detectedAt", request.DetectedAt, calendar, required: false);
        if (idempotencyKey is { Length: > 200 }) values.Add("Idempotency-Key", l["Appeal.TooLong", 200]);
        if (values.HasErrors) return TypedResults.ValidationProblem(values.Errors);

        var form = new AppealForm
        {
            Channel = channel!.Value, ReceivedAt = Wall(received!.Value), DetectedAt = detected is { } d ? Wall(d) : null,
            OrganisationName = request.Organisation ?? "", TaxpayerNumber = request.TaxpayerNumber, ContactEmail = request.Email,
            ContactPhone = request.Phone, Description = request.Description ?? "", ProcurementNumbers = request.ProcurementNumbers, LotNumbers = request.LotNumbers,
            ParticipationBlocked = request.ParticipationBlocked ?? false,
        };
        var result = await intake.ReceiveAsync(form, ct, string.IsNullOrWhiteSpace(idempotencyKey) ? null : "api:" + idempotencyKey.Trim());
        if (!result.Succeeded)
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => FieldNames.GetValueOrDefault(e.Key, e.Key), e => new[] { e.Value }));

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeal = await db.Set<AppealRecord>().AsNoTracking().SingleAsync(a => a.Id == result.AppealId, ct);
        var body = Describe(appeal);
        return result.Repeated ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/appeals/{appeal.Id}", body);
    }

    public static AppealResponse Describe(AppealRecord appeal) => new(
        appeal.Id, appeal.Channel.ToString(), ApiValues.Format(NodaTime.Instant.FromDateTimeUtc(appeal.ReceivedAtUtc)),
        Format(appeal.RegistrationTargetAtUtc), Format(appeal.RegistrationDueAtUtc), appeal.LateReport);

    /// <summary>An instant as the Astana wall clock read it, which is how the form takes times.</summary>
    public static DateTime Wall(NodaTime.Instant at) => at.InZone(AstanaTime.Zone).LocalDateTime.ToDateTimeUnspecified();

    private static string? Format(DateTime? utc) => utc is { } value ? ApiValues.Format(NodaTime.Instant.FromDateTimeUtc(value)) : null;
}
