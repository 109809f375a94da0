using System.Security.Claims;
using System.Text.Json;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Development only: fills an empty Inbox and Journal from <c>assets/demo/appeals.json</c>, with
/// received times just before the start so the clocks are running when a newcomer signs in.</summary>
public sealed class DemoAppeals(AppDbContext db, AppealIntake intake, AppealRegistration registration, TimeProvider clock, ILogger<DemoAppeals> log)
{
    private static readonly JsonSerializerOptions Json =
        new() { PropertyNameCaseInsensitive = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task SeedAsync(string file)
    {
        if (await db.Set<AppealRecord>().AnyAsync()) return;
        var demo = JsonSerializer.Deserialize<DemoFile>(await File.ReadAllTextAsync(file), Json)!;
        var now = clock.GetUtcNow();
        var desk =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "demo"), new Claim(ClaimTypes.Name, "operator@demo.kz")], "demo"));
        foreach (var appeal in demo.Appeals)
        {
            var form = appeal.ToForm(now);
            var alert = appeal.AlertFingerprint is { } fingerprint ? new AlertOrigin(fingerprint, now.AddMinutes(-appeal.MinutesAgo).UtcDateTime) : null;
            var received = await intake.ReceiveAsync(form, alert: alert);
            if (!received.Succeeded)
                throw new InvalidOperationException(
                    $"Demo appeal of {appeal.Organisation} is invalid: {string.Join("; ", received.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
            if (appeal.Register) await registration.RegisterAsync(received.Value!.AppealId, form, desk);
            if (appeal.AlertRepeats > 0) await RepeatedAsync(received.Value!.AppealId, appeal.AlertRepeats, now.AddMinutes(-1).UtcDateTime);
        }
        log.LogInformation("Demo appeals seeded: {Count}", demo.Appeals.Count);
    }

    /// <summary>A monitoring storm already joined: the alert fired again while its appeal waited (issue 17).</summary>
    private async Task RepeatedAsync(Guid appealId, int repeats, DateTime lastSeenUtc) =>
        await db.Set<AppealRecord>().Where(a => a.Id == appealId).ExecuteUpdateAsync(a => a
            .SetProperty(x => x.AlertRepeats, repeats).SetProperty(x => x.AlertLastSeenAtUtc, lastSeenUtc)
            .SetProperty(x => x.AlertLastStartsAtUtc, lastSeenUtc));

    private sealed record DemoFile(List<DemoAppeal> Appeals);

    private sealed record DemoAppeal(
        AppealChannel Channel, int MinutesAgo, int? DetectedMinutesAgo, string Organisation, string? TaxpayerNumber, string? Email, string? Phone,
        string Description, string? Procurements, string? Lots, bool Register, bool ParticipationBlocked = false,
        string? AlertFingerprint = null, int AlertRepeats = 0)
    {
        public AppealForm ToForm(DateTimeOffset now) => new()
        {
            Channel = Channel, ReceivedAt = AstanaTime.ToWallClock(now.AddMinutes(-MinutesAgo)),
            DetectedAt = DetectedMinutesAgo is { } detected ? AstanaTime.ToWallClock(now.AddMinutes(-detected)) : null,
            OrganisationName = Organisation, TaxpayerNumber = TaxpayerNumber, ContactEmail = Email, ContactPhone = Phone,
            Description = Description, ProcurementNumbers = Procurements, LotNumbers = Lots, ParticipationBlocked = ParticipationBlocked,
        };
    }
}
