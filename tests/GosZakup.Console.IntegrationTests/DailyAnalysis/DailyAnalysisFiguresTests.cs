using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;

namespace GosZakup.Console.IntegrationTests.DailyAnalysis;

public class DailyAnalysisFiguresTests
{
    private static readonly DateOnly Saturday = new(2026, 11, 21);

    [Fact]
    public async Task Saturdays_analysis_holds_the_incidents_registered_open_or_closed_from_Saturday_to_Monday_midnight()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();

        var analysis = await world.AnalysisAsync(Saturday);

        Assert.Equal((DailyAnalysisScenario.Utc("2026-11-21 00:00"), DailyAnalysisScenario.Utc("2026-11-23 00:00")), (analysis.FromUtc, analysis.ToUtc));
        Assert.Equal(
            [
                ("INC-2026-000102", IncidentStatus.Fixing, (Severity?)Severity.High),
                ("INC-2026-000101", IncidentStatus.Closed, Severity.Medium),
                ("INC-2026-000103", IncidentStatus.Refuted, null),
                ("INC-2026-000104", IncidentStatus.Registered, null),
            ],
            analysis.Incidents.Select(i => (i.Number, i.Status, i.Level)));
    }

    [Fact]
    public async Task An_incident_shows_its_steps_up_to_the_periods_end_with_cause_and_measures()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();

        var analysis = await world.AnalysisAsync(Saturday);

        var fixedMonday = analysis.Incidents.Single(i => i.Number == "INC-2026-000102");
        Assert.Null(fixedMonday.FixedAtUtc); // fixed on Monday at 08:00, after the period
        Assert.Equal(FailureCauseCatalogue.ThirdPartyDamage, fixedMonday.Cause);
        var closed = analysis.Incidents.Single(i => i.Number == "INC-2026-000101");
        Assert.Equal((DailyAnalysisScenario.Utc("2026-11-21 10:40"), false), (closed.DecidedAtUtc!.Value, closed.Refuted));
        Assert.Equal(DailyAnalysisScenario.Utc("2026-11-21 14:00"), closed.FixedAtUtc);
        Assert.Equal("Перезапущен сервис ценовых предложений", closed.Measures);
        var refuted = analysis.Incidents.Single(i => i.Number == "INC-2026-000103");
        Assert.Equal((true, "Ошибка не воспроизводится"), (refuted.Refuted, refuted.Measures));
    }

    [Fact]
    public async Task The_totals_count_statuses_levels_operator_related_failures_and_breached_duties()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();

        var analysis = await world.AnalysisAsync(Saturday);

        Assert.Equal(
            [(IncidentStatus.Registered, 1), (IncidentStatus.Refuted, 1), (IncidentStatus.Fixing, 1), (IncidentStatus.Closed, 1)],
            analysis.ByStatus);
        Assert.Equal([(Severity.Medium, 1), (Severity.High, 1)], analysis.ByLevel);
        Assert.Equal((1, 1, 1), (analysis.OperatorRelated, analysis.MetLate, analysis.StillOpen));
    }

    [Fact]
    public async Task Breaches_are_the_duties_due_in_the_period_met_late_or_still_open_with_their_clause()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();

        var analysis = await world.AnalysisAsync(Saturday);

        Assert.Equal(
            [
                new DailyBreachRow("INC-2026-000101", "fix-notice", "R2 §15.8", DailyAnalysisScenario.Utc("2026-11-21 16:00"),
                    DailyAnalysisScenario.Utc("2026-11-21 16:30")),
                new DailyBreachRow("INC-2026-000102", "owner-report", "R2 §16.9", DailyAnalysisScenario.Utc("2026-11-21 17:00"), null),
            ],
            analysis.Breaches);
    }

    [Fact]
    public async Task A_day_off_opened_on_the_page_covers_itself_only()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();

        var sunday = await world.AnalysisAsync(new DateOnly(2026, 11, 22));

        Assert.Equal((DailyAnalysisScenario.Utc("2026-11-22 00:00"), DailyAnalysisScenario.Utc("2026-11-23 00:00")), (sunday.FromUtc, sunday.ToUtc));
        Assert.Equal(["INC-2026-000102", "INC-2026-000104"], sunday.Incidents.Select(i => i.Number));
        Assert.Empty(sunday.Breaches);
    }

    [Fact]
    public async Task The_PDF_reads_back_with_the_incidents_and_the_totals_in_Kazakh_and_Russian()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        var analysis = await world.AnalysisAsync(Saturday);

        using var pdf = PdfDocument.Open(DailyAnalysisPdf.Render(analysis));

        var text = AllText(pdf);
        foreach (var expected in new[]
                 {
                     "Техникалық іркілістерді күнделікті талдау", "Ежедневный анализ технических сбоев",
                     "21.11.2026 00:00 – 23.11.2026 00:00 (UTC+5)",
                     "INC-2026-000101", "INC-2026-000102", "INC-2026-000103", "INC-2026-000104",
                     "Іркілістер барлығы: 4.", "Всего сбоев: 4.",
                     "Мәртебелер: тіркелді — 1, теріске шығарылды — 1, жойылуда — 1, жабылды — 1.",
                     "Статусы: зарегистрирован — 1, опровергнут — 1, устраняется — 1, закрыт — 1.",
                     "Деңгейлер: орташа — 1, жоғары — 1.", "Уровни: средний — 1, высокий — 1.",
                     "Операторға байланысты: 1.", "Связанные с оператором: 1.",
                     "Мерзімі бұзылған міндеттер: 2 (кешігіп орындалды — 1, әлі орындалмаған — 1).",
                     "Ақпараттық қауіпсіздіктің тиісті деңгейі қамтамасыз етілмеуі (Қағидалардың 4.1.2-тармағы) / " +
                     "Необеспечение надлежащего уровня информационной безопасности (п. 4.1.2 Правил)",
                     "Перезапущен сервис ценовых предложений", "21.11 14:00",
                     "INC-2026-000102 — owner-report (Қағидалардың 16.9-тармағы / п. 16.9 Правил): " +
                     "мерзімі / срок 21.11.2026 17:00; орындалмаған / не исполнено",
                     "INC-2026-000101 — fix-notice (Қағидалардың 15.8-тармағы / п. 15.8 Правил): " +
                     "мерзімі / срок 21.11.2026 16:00; кешігіп орындалды / исполнено с опозданием 21.11.2026 16:30",
                 })
            Assert.Contains(Squeeze(expected), text);
        Assert.DoesNotContain("INC-2026-000098", text);
        Assert.DoesNotContain("INC-2026-000105", text);
    }

    [Fact]
    public async Task The_same_analysis_gives_the_same_PDF_bytes()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        var analysis = await world.AnalysisAsync(Saturday);

        Assert.Equal(DailyAnalysisPdf.Render(analysis), DailyAnalysisPdf.Render(analysis));
    }
}
