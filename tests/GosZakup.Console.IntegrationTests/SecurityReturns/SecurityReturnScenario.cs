using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.SecurityReturns;

/// <summary>An incident registered on the pinned clock (Friday 20 November 2026, 12:10 Astana) and a signed Act of it
/// published at that moment, with the security-return services.</summary>
public sealed class SecurityReturnScenario : IAsyncDisposable
{
    private SecurityReturnScenario(IntakeServices services) => Services = services;

    public static readonly System.Security.Claims.ClaimsPrincipal Operator = Incidents.IncidentScenario.Operator;
    public static readonly System.Security.Claims.ClaimsPrincipal Specialist = Incidents.IncidentScenario.Specialist;
    public static readonly System.Security.Claims.ClaimsPrincipal Supervisor = Incidents.IncidentScenario.Supervisor;

    public IntakeServices Services { get; }

    public ActRecord Act { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SecurityReturnScenario> StartAsync(bool operatorRelated = true, bool track = true)
    {
        var services = await IntakeServices.StartAsync(s => s.AddSingleton<IncidentNotifier>().AddSecurityReturns());
        var scenario = new SecurityReturnScenario(services);
        var number = await services.RegisterAsync(new AppealForm
        {
            Channel = AppealChannel.Email, ReceivedAt = At("20 12:05"), OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = SecurityReturnData.FirstBin,
            ContactEmail = "tender@akzhol.kz", Description = "Не подаётся ценовое предложение: ошибка 503.", ProcurementNumbers = "15423871-1",
            LotNumbers = "2",
        });
        await using var db = services.NewDb();
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == number, Ct);
        scenario.Act = await SecurityReturnData.SignedActAsync(db, incident.Id, Utc("20 12:10"), operatorRelated, Ct);
        if (track) await scenario.TrackAsync();
        return scenario;
    }

    /// <summary>What the Act's publication does: start tracking in the caller's context, then save.</summary>
    public async Task TrackAsync()
    {
        await using var db = Services.NewDb();
        var act = await db.Set<ActRecord>().SingleAsync(a => a.Id == Act.Id, Ct);
        await Services.Get<SecurityReturnTracking>().StartAsync(db, act, act.PublishedAtUtc!.Value, Ct);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>An Astana wall-clock time in November 2026, "dd HH:mm".</summary>
    public static DateTime At(string ddhhmm) => DateTime.ParseExact($"2026-11-{ddhhmm}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateTime Utc(string ddhhmm) => AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(At(ddhhmm)));

    public static string Astana(DateTime? utc) => utc is { } at ? AstanaTime.Text(at) : "—";

    public void ClockAt(string ddhhmm) => Services.Clock.SetUtcNow(new DateTimeOffset(Utc(ddhhmm), TimeSpan.Zero));

    public SecurityReturnCommands Commands => Services.Get<SecurityReturnCommands>();

    public async Task<List<SecurityReturnRecord>> RowsAsync()
    {
        await using var db = Services.NewDb();
        return await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.ActId == Act.Id).OrderBy(r => r.SupplierTaxpayerNumber).ToListAsync(Ct);
    }

    public async Task<SecurityReturnRecord> RowAsync(string bin) => (await RowsAsync()).Single(r => r.SupplierTaxpayerNumber == bin);

    public async Task<List<ObligationRecord>> DutiesAsync(Guid rowId)
    {
        await using var db = Services.NewDb();
        return await db.Obligations.AsNoTracking().Where(o => o.SubjectType == "SecurityReturn" && o.SubjectId == rowId.ToString())
            .OrderBy(o => o.TriggeredAtUtc).ToListAsync(Ct);
    }

    public async Task<List<IncidentEventRecord>> TimelineAsync()
    {
        await using var db = Services.NewDb();
        return await db.Set<IncidentEventRecord>().AsNoTracking().Where(e => e.IncidentId == Act.IncidentId).OrderBy(e => e.AtUtc).ToListAsync(Ct);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
