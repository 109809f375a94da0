using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.IntegrationTests.Journal;
using GosZakup.Console.Web.Features.Penalties;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace GosZakup.Console.IntegrationTests.Penalties;

/// <summary>The quarter's operator-related failures from a real database, on the clock pinned to Friday 20 November 2026
/// 12:10 Astana, and their spreadsheet.</summary>
public sealed class PenaltyQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTime Utc(string astana) =>
        AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(DateTime.ParseExact(astana, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    private static async Task<IntakeServices> StartAsync()
    {
        var app = await IntakeServices.StartAsync(s => s.AddSingleton(new PenaltyOptions()).AddScoped<PenaltyQuery>());
        // Fixed in 3 h 20 min: charged.
        await FailureAsync(app, "2026-11-20 09:00", "operator-infosec", IncidentStatus.Fixed, fixedAt: "2026-11-20 12:20");
        // Open since 10:55: charged until now (1 h 15 min, billed 1 h 20 min).
        await FailureAsync(app, "2026-11-20 10:55", "operator-physical-damage", IncidentStatus.Fixing, fixedAt: null);
        // Not the operator's fault, refuted, or begun in the third quarter: not charged here.
        await FailureAsync(app, "2026-11-20 08:00", "third-party-damage", IncidentStatus.Fixed, fixedAt: "2026-11-20 12:00");
        await FailureAsync(app, "2026-11-20 08:30", "operator-infosec", IncidentStatus.Refuted, fixedAt: null);
        await FailureAsync(app, "2026-09-30 23:30", "operator-infosec", IncidentStatus.Fixed, fixedAt: "2026-10-01 00:30");
        return app;
    }

    private static async Task FailureAsync(IntakeServices app, string detected, string cause, IncidentStatus status, string? fixedAt)
    {
        var number = await app.RegisterAsync(JournalData.Appeal("2026-11-20 12:05"));
        await using var db = app.NewDb();
        var incident = await db.Set<IncidentRecord>().Include(i => i.Appeals).SingleAsync(i => i.Number == number, Ct);
        (incident.Status, incident.CauseCode, incident.Severity, incident.SeveritySetAtUtc) = (status, cause, Severity.Medium, Utc("2026-11-20 12:08"));
        incident.FixedAtUtc = fixedAt is null ? null : Utc(fixedAt);
        incident.Appeals.Single().DetectedAtUtc = Utc(detected);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task The_quarter_charges_its_operator_related_failures_fixed_or_open()
    {
        await using var app = await StartAsync();

        var totals = await app.Get<PenaltyQuery>().ForQuarterAsync(new Quarter(2026, 4), Ct);

        Assert.Equal(["INC-2026-000001", "INC-2026-000002"], totals.Lines.Select(l => l.IncidentNumber));
        Assert.Equal([(200, false, 166_667m), (80, true, 66_667m)], totals.Lines.Select(l => (l.BilledMinutes, l.Open, l.Amount)));
        Assert.Equal(233_334m, totals.Total);
        var third = await app.Get<PenaltyQuery>().ForQuarterAsync(new Quarter(2026, 3), Ct);
        Assert.Equal([("INC-2026-000005", 60, 50_000m)], third.Lines.Select(l => (l.IncidentNumber, l.BilledMinutes, l.Amount)));
    }

    [Fact]
    public async Task The_contract_caps_apply_to_the_stored_failures()
    {
        await using var app = await StartAsync();
        var options = new PenaltyOptions { RatePerHour = 50_000, CapPerIncident = 100_000, CapPerQuarter = 150_000 };
        var query = new PenaltyQuery(app.Get<IDbContextFactory<AppDbContext>>(), options, app.Clock);

        var totals = await query.ForQuarterAsync(new Quarter(2026, 4), Ct);

        Assert.Equal([100_000m, 50_000m], totals.Lines.Select(l => l.Amount));
        Assert.Equal((150_000m, true), (totals.Total, totals.QuarterCapReached));
    }

    [Fact]
    public async Task The_spreadsheet_has_a_row_per_failure_with_its_formula_and_the_total()
    {
        await using var app = await StartAsync();
        var totals = await app.Get<PenaltyQuery>().ForQuarterAsync(new Quarter(2026, 4), Ct);
        var l = app.Get<IStringLocalizer<SharedResource>>();
        var culture = CultureInfo.CurrentUICulture;
        byte[] xlsx;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
            xlsx = PenaltyExport.Xlsx(totals, new PenaltyOptions(), l);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        using var stream = new MemoryStream(xlsx);
        Assert.Equal([PenaltyExport.SheetName], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["INC-2026-000001", "INC-2026-000002", "Итого за квартал"], rows.Select(r => r["Инцидент"]?.ToString()));
        Assert.Equal("20.11.2026 09:00", rows[0]["Сбой с"]?.ToString());
        Assert.Equal("3 ч 20 мин × 50\u202F000,00\u00A0₸/ч = 166\u202F667,00\u00A0₸", rows[0]["Расчёт"]?.ToString());
        Assert.Equal([166_667m, 66_667m, 233_334m], rows.Select(r => Convert.ToDecimal(r["Сумма, ₸"], CultureInfo.InvariantCulture)));
        Assert.Contains("не устранён", rows[1]["Устранён"]?.ToString(), StringComparison.Ordinal);
    }
}
