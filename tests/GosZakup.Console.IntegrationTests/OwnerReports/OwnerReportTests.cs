using System.Globalization;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.OwnerReports;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.OwnerReports;

/// <summary>R2 §15.9, §16.9: the written report to the Owner and the Working Group after a medium or high failure is fixed.</summary>
public sealed class OwnerReportTests
{
    private const string Kk = "Резервтік байланыс арнасын енгізу және қолтаңба сервисін тәулік бойы бақылау.";
    private const string Ru = "Ввести резервный канал связи и круглосуточный мониторинг сервиса подписи.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recording_as_sent_keeps_the_advice_and_meets_the_duty_once()
    {
        await using var scenario = await FixedMediumAsync();
        scenario.ClockAt("14:20");
        var commands = Commands(scenario);

        var sent = await commands.RecordSentAsync((await scenario.IncidentAsync()).Id, (await scenario.IncidentAsync()).Version, Form(), Supervisor, Ct);

        Assert.True(sent.Succeeded, $"{sent.Refusal} {sent.Reason?.Key}");
        var incident = await scenario.IncidentAsync();
        Assert.Equal((Kk, Ru, Utc("14:20"), "supervisor@demo.kz"),
            (incident.PreventionKk, incident.PreventionRu, incident.OwnerReportSentAtUtc, incident.OwnerReportSentBy));
        var duty = Assert.Single(await scenario.DutiesAsync(), d => d.Code == "owner-report");
        Assert.Equal((Utc("14:20"), "supervisor@demo.kz", "R2 §15.9"), (duty.MetAtUtc, duty.MetByName, duty.Clause));

        scenario.ClockAt("14:40");
        var again = await commands.RecordSentAsync(incident.Id, incident.Version, new OwnerReportForm { PreventionKk = "Басқа", PreventionRu = "Другое" },
            Supervisor, Ct);

        Assert.NotNull(again.Refusal);
        var after = await scenario.IncidentAsync();
        Assert.Equal((Kk, Utc("14:20"), incident.Version), (after.PreventionKk, after.OwnerReportSentAtUtc, after.Version));
        Assert.Equal(Utc("14:20"), (await scenario.DutiesAsync()).Single(d => d.Code == "owner-report").MetAtUtc);
        await using var db = scenario.Services.NewDb();
        var events = await db.Set<IncidentEventRecord>().AsNoTracking().Where(e => e.IncidentId == incident.Id && e.Kind == "OwnerReportSent").ToListAsync(Ct);
        Assert.Equal("supervisor@demo.kz", Assert.Single(events).ActorName);
        Assert.Equal(TimelineArg.Bilingual(Kk, Ru), Assert.Single(TimelineArgs.Read(events[0].Arguments)));
    }

    [Fact]
    public async Task Invalid_advice_is_named_by_field_in_the_users_language_and_nothing_is_saved()
    {
        await using var scenario = await FixedMediumAsync();
        var before = await scenario.IncidentAsync();
        var commands = Commands(scenario);

        var blank = await commands.RecordSentAsync(before.Id, before.Version,
            new OwnerReportForm { PreventionKk = " ", PreventionRu = "<script>alert(1)</script>" }, Supervisor, Ct);
        Assert.Equal(("OwnerReport.Error.Required", "Appeal.NoMarkup"), (blank.FieldErrors["PreventionKk"].Key, blank.FieldErrors["PreventionRu"].Key));
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            // The page translates at the edge, in the user's language.
            CultureInfo.CurrentUICulture = new CultureInfo("ru-RU");
            var words = scenario.Services.Get<IStringLocalizer<SharedResource>>().FieldTexts(blank);
            Assert.Equal("Укажите рекомендации по предотвращению.", words["PreventionKk"]);
            Assert.Equal("Разметка и скрипты не принимаются; пишите обычный текст.", words["PreventionRu"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        var tooLong = await commands.RecordSentAsync(before.Id, before.Version, new OwnerReportForm { PreventionKk = new string('ә', 2001), PreventionRu = Ru },
            Supervisor, Ct);
        Assert.Equal(["PreventionKk"], tooLong.FieldErrors.Keys);
        Assert.Equal(("Text.TooLong", 2000), (tooLong.FieldErrors["PreventionKk"].Key, tooLong.FieldErrors["PreventionKk"].Args[0]));

        var byOperator = await commands.RecordSentAsync(before.Id, before.Version, Form(), Operator, Ct);
        Assert.Equal(RefusalCode.RoleNotAllowed, byOperator.Refusal);
        var preview = await commands.PreviewAsync(before.Number, new OwnerReportForm(), Supervisor, Ct);
        Assert.Equal((2, (string?)null), (preview.FieldErrors.Count, preview.Value));

        var after = await scenario.IncidentAsync();
        Assert.Equal((before.Version, (string?)null, (string?)null, (DateTime?)null),
            (after.Version, after.PreventionKk, after.PreventionRu, after.OwnerReportSentAtUtc));
        Assert.True((await scenario.DutiesAsync()).Single(d => d.Code == "owner-report").IsOpen);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_is_sent()
    {
        await using var scenario = await FixedMediumAsync();
        var seen = await scenario.IncidentAsync();
        await scenario.Must((c, i) => c.CloseAsync(i.Id, i.Version, Operator, Ct));

        var stale = await Commands(scenario).RecordSentAsync(seen.Id, seen.Version, Form(), Supervisor, Ct);

        Assert.False(stale.Succeeded);
        Assert.Equal(RefusalCode.Stale, stale.Refusal);
        Assert.Null((await scenario.IncidentAsync()).OwnerReportSentAtUtc);
        Assert.True((await scenario.DutiesAsync()).Single(d => d.Code == "owner-report").IsOpen);
    }

    [Fact]
    public async Task Before_the_fix_or_without_a_cause_nothing_can_be_sent()
    {
        await using var scenario = await StartAsync();
        var unclassified = scenario.Decision(Severity.Medium);
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        await scenario.AlertAsync(Severity.Medium);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, unclassified, Specialist, Ct));
        var commands = Commands(scenario);
        var confirmed = await scenario.IncidentAsync();

        Assert.Equal("OwnerReport.Error.NotDue", (await commands.RecordSentAsync(confirmed.Id, confirmed.Version, Form(), Supervisor, Ct)).Reason?.Key);

        await scenario.Must((c, i) => c.StartFixAsync(i.Id, i.Version, Specialist, Ct));
        await scenario.Must((c, i) => c.RecordFixAsync(i.Id, i.Version, At("12:10"), "Перезапущен сервис.", Specialist, Ct));
        var fixedWithoutCause = await scenario.IncidentAsync();
        Assert.Equal("OwnerReport.Error.NotClassified",
            (await commands.RecordSentAsync(fixedWithoutCause.Id, fixedWithoutCause.Version, Form(), Supervisor, Ct)).Reason?.Key);
        Assert.Null((await scenario.IncidentAsync()).OwnerReportSentAtUtc);
    }

    [Fact]
    public async Task The_letter_reads_back_with_the_advice_the_cause_and_the_new_deadlines()
    {
        await using var scenario = await FixedMediumAsync();
        await AddOrdersAsync(scenario);
        scenario.ClockAt("14:20");
        var incident = await scenario.IncidentAsync();
        var commands = Commands(scenario);
        var preview = await commands.PreviewAsync(incident.Number, Form(), Supervisor, Ct);
        Assert.True(preview.Succeeded, $"{preview.Refusal} {preview.Reason?.Key}");
        var link = preview.Value!;
        Assert.StartsWith($"/incidents/{incident.Number}/owner-report/preview/", link, StringComparison.Ordinal);
        Assert.True((await commands.RecordSentAsync(incident.Id, incident.Version, Form(), Supervisor, Ct)).Succeeded);

        var query = Query(scenario);
        var view = await query.LoadAsync(incident.Number, Ct);
        Assert.Single(view!.Deadlines);
        using var pdf = PdfDocument.Open(OwnerReportPdf.Render(query.SentDocument(view)!));

        Assert.Equal(2, pdf.NumberOfPages);
        var kazakh = Text(pdf.GetPage(1));
        var russian = Text(pdf.GetPage(2));
        var cause = FailureCauseCatalogue.ThirdPartyDamage.Title;
        foreach (var expected in new[] { Kk, cause.Kk, "15.9", incident.Number, "20.11.202612:50", "Перезапущенсервер", "15423871-1", "23.11.202618:00" })
            Assert.Contains(Squeeze(expected), kazakh, StringComparison.Ordinal);
        foreach (var expected in new[] { Ru, cause.Ru, "пунктом15.9", "Рекомендациипопредотвращению", "окончаниеприёмазаявок:20.11.202618:00→23.11.202618:00" })
            Assert.Contains(Squeeze(expected), russian, StringComparison.Ordinal);
        Assert.DoesNotContain("ПРОЕКТ", russian, StringComparison.Ordinal);
        Assert.DoesNotContain("24.11.2026", russian, StringComparison.Ordinal); // the superseded order is not a new deadline
    }

    /// <summary>A medium failure confirmed at 12:10 with its cause, fixed at 12:50 and recorded at 13:00: the report is owed.</summary>
    private static async Task<IncidentScenario> FixedMediumAsync()
    {
        var scenario = await StartAsync();
        var decision = scenario.Decision(Severity.Medium);
        decision.CauseCode = FailureCauseCatalogue.ThirdPartyDamage.Code;
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        await scenario.AlertAsync(Severity.Medium);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, decision, Specialist, Ct));
        await scenario.Must((c, i) => c.StartFixAsync(i.Id, i.Version, Specialist, Ct));
        scenario.ClockAt("13:00");
        await scenario.Must((c, i) => c.RecordFixAsync(i.Id, i.Version, At("12:50"), "Перезапущен сервер приложений.", Specialist, Ct));
        Assert.True((await scenario.DutiesAsync()).Single(d => d.Code == "owner-report").IsOpen);
        return scenario;
    }

    private static async Task AddOrdersAsync(IncidentScenario scenario)
    {
        await using var db = scenario.Services.NewDb();
        var procurement = new ProcurementRecord
        {
            AnnouncementNumber = "15423871-1", Name = "Канцтовары", Method = TradeMethod.OpenTender, SystemModule = "Запрос ценовых предложений"
        };
        db.Add(procurement);
        ExtensionOrderRecord Order(DateTime newUtc, ExtensionOrderState state) => new()
        {
            ProcurementId = procurement.Id, ProcurementNumber = "15423871-1", Kind = DeadlineKind.AcceptanceEnd, OldUtc = Utc("18:00"), NewUtc = newUtc,
            Clause = "R2 §15.4", SourceKind = ExtensionSourceKind.Failure, SourceId = scenario.Number, State = state, ComputedAtUtc = Utc("13:00"),
        };
        db.AddRange(Order(Utc("18:00", 23), ExtensionOrderState.Applied), Order(Utc("18:00", 24), ExtensionOrderState.Superseded));
        await db.SaveChangesAsync(Ct);
    }

    private static OwnerReportForm Form() => new() { PreventionKk = Kk, PreventionRu = Ru };

    private static OwnerReportQuery Query(IncidentScenario scenario) => ActivatorUtilities.CreateInstance<OwnerReportQuery>(scenario.Services.Services);

    private static OwnerReportCommands Commands(IncidentScenario scenario) => ActivatorUtilities.CreateInstance<OwnerReportCommands>(
        scenario.Services.Services, Query(scenario), new OwnerReportPreviews(new MemoryCache(new MemoryCacheOptions())));
}
