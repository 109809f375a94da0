using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Hosting;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary><c>POST /api/v1/appeals</c>: monitoring tools and other systems open appeals (R2 §5), with an API key.
/// A retried request with the same <c>Idempotency-Key</c> header and body returns the appeal it already made; the same key
/// with another body is refused (422).</summary>
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
        api.MapPost("/appeals", PostAsync).RequireRateLimiting(RateLimits.Appeals).Accepts<AppealRequest>("application/json", AnyContentType)
            .AddOpenApiOperationTransformer(OnlyJsonAsync).WithSummary("Opens an appeal; answers its R2 §7 registration target and legal limit");
        api.MapPost("/integrations/alertmanager", AlertmanagerAdapter.PostAsync).RequireRateLimiting(RateLimits.Alertmanager)
            .WithSummary("Prometheus Alertmanager webhook: a firing alert opens a Monitoring appeal, its later firings join it; " +
                "bad alerts are listed, not stored");
    }

    /// <summary>The body is read here rather than bound, so that the API key is checked first: a caller without a valid key
    /// hears 401 whatever it sent, one with a key and a body that is not JSON hears 415.</summary>
    private static async Task<Results<Created<AppealResponse>, Ok<AppealResponse>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpRequest http, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        AppealIntake intake, CalendarStore calendars, IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!http.HasJsonContentType())
            return TypedResults.Problem(l["Api.JsonOnly"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        AppealRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<AppealRequest>(ct);
        }
        catch (System.Text.Json.JsonException)
        {
            request = null;
        }
        if (request is null)
            return TypedResults.Problem(l["Api.BadJson"], statusCode: StatusCodes.Status400BadRequest);

        var calendar = await calendars.CurrentAsync(CalendarName.ContactCentre, ct);
        var values = new ApiValues(l);
        var channel = values.Enum<AppealChannel>("channel", request.Channel, required: true);
        var received = values.Instant("receivedAt", request.ReceivedAt, calendar);
        var detected = values.Instant("detectedAt", request.DetectedAt, calendar, required: false);
        if (idempotencyKey is { Length: > 200 }) values.Add("Idempotency-Key", l["Appeal.TooLong", 200]);
        if (values.HasErrors) return CommandProblems.Invalid(values.Errors);

        var form = new AppealForm
        {
            Channel = channel!.Value, ReceivedAt = AstanaTime.ToWallClock(received!.Value), DetectedAt = detected is { } d ? AstanaTime.ToWallClock(d) : null,
            OrganisationName = request.Organisation ?? "", TaxpayerNumber = request.TaxpayerNumber, ContactEmail = request.Email,
            ContactPhone = request.Phone, Description = request.Description ?? "", ProcurementNumbers = request.ProcurementNumbers,
            LotNumbers = request.LotNumbers,
            ParticipationBlocked = request.ParticipationBlocked ?? false,
        };
        var idempotency = string.IsNullOrWhiteSpace(idempotencyKey) ? null : ApiIdempotency.Of(idempotencyKey, request);
        if (idempotency is not null && await idempotency.ConflictsAsync(dbFactory, ct))
            return TypedResults.Problem(l["Api.IdempotencyKeyReused"], statusCode: StatusCodes.Status422UnprocessableEntity);
        var result = await intake.ReceiveAsync(form, ct, idempotency?.Stored);
        if (result.Refusal is not null) return CommandProblems.Refused(result, l);
        if (!result.Succeeded) return CommandProblems.Invalid(result, l, field => FieldNames.GetValueOrDefault(field, field));

        var saved = result.Value!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeal = await db.Set<AppealRecord>().AsNoTracking().SingleAsync(a => a.Id == saved.AppealId, ct);
        var body = Describe(appeal);
        return saved.Repeated ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/appeals/{appeal.Id}", body);
    }

    /// <summary>Routing admits any Content-Type, so that the handler answers it (415) after the API key was checked: a
    /// routing refusal would meet the sign-in fallback first and answer 401 even with a valid key.</summary>
    private const string AnyContentType = "*/*";

    /// <summary>The OpenAPI document offers the JSON body only.</summary>
    private static Task OnlyJsonAsync(Microsoft.OpenApi.OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context,
        CancellationToken ct)
    {
        operation.RequestBody?.Content?.Remove(AnyContentType);
        return Task.CompletedTask;
    }

    public static AppealResponse Describe(AppealRecord appeal) => new(
        appeal.Id, appeal.Channel.ToString(), ApiValues.Format(NodaTime.Instant.FromDateTimeUtc(appeal.ReceivedAtUtc)),
        Format(appeal.RegistrationTargetAtUtc), Format(appeal.RegistrationDueAtUtc), appeal.LateReport);

    private static string? Format(DateTime? utc) => utc is { } value ? ApiValues.Format(NodaTime.Instant.FromDateTimeUtc(value)) : null;
}
