using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.MailTemplates;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>R2 §9-§16 end to end on a pinned clock: every duty's deadline, its state after each action, and the
/// mail the real SMTP server receives. Registered Friday 20 November 2026, 12:10 Astana (six-day week).</summary>
public sealed class IncidentLifeTests
{
    [Fact]
    public async Task A_medium_failure_alerts_the_Working_Group_at_once_and_its_notices_are_due_again_when_the_planned_fix_changes()
    {
        await using var s = await StartAsync();
        // §9: 120 working minutes from the appeal's receipt at 12:05 with the 13:00-15:00 lunch pause → 16:05;
        // §8: an hour from the registration at 12:10 → 13:10.
        Assert.Equal(["analyse 20 16:05", "id-email 20 13:10"], await s.OpenDutiesAsync());

        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));
        s.ClockAt("12:30");
        await s.AlertAsync(Severity.Medium);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), Specialist));

        var incident = await s.IncidentAsync();
        Assert.Equal((IncidentStatus.Confirmed, Severity.Medium), (incident.Status, incident.Severity));
        Assert.Equal(Utc("15:30"), incident.PlannedFixAtUtc);
        // §15.1 at once (within the 5-minute grace), §15.2 within 30 min, §15.3 within 1 hour; the analysis duty is met.
        Assert.Equal(["announce 20 13:00", "id-email 20 13:10", "supplier-notice 20 13:30", "wg-alert 20 12:35"], await s.OpenDutiesAsync());
        Assert.Equal(Utc("12:30"), (await s.DutiesAsync()).Single(d => d.Code == "analyse").MetAtUtc);

        // §15.3: the reporting user and every potential supplier of the procurement the appeal names.
        await using (var db = s.Services.NewDb())
        {
            var procurement =
                new ProcurementRecord { AnnouncementNumber = "15423871-1", Name = "Поставка бумаги", Method = Domain.Extensions.TradeMethod.PriceQuotation };
            db.Add(procurement);
            db.AddRange(
                new PotentialSupplierRecord
                {
                    ProcurementId = procurement.Id, TaxpayerNumber = "130540011227", Name = "ТОО «Арман Сервис»", Email = "arman@service.kz"
                },
                new PotentialSupplierRecord { ProcurementId = procurement.Id, TaxpayerNumber = "880101300219", Name = "ИП Жұмабеков" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        Assert.True((await s.Notices()
            .SendAsync(incident.Id, MailTemplateCatalogue.SupplierNotice, Operator, TestContext.Current.CancellationToken)).Succeeded);
        var mail = await s.DeliverAsync();

        // The identifier, the R2 §25 alert to the Owner's unit and both members, the Working Group alert to both members, and the
        // supplier notice to the user and the supplier with an e-mail.
        Assert.Equal(8, mail.Count);
        Assert.Equal(["arman@service.kz", "tender@akzhol.kz"],
            mail.Where(m => m.Subject!.Contains("уровень средний: " + s.Number)).Select(m => m.To.Mailboxes.Single().Address).Order());
        var alerts = mail.Where(m => m.Subject!.Contains("Подтверждён технический сбой уровня средний")).ToList();
        Assert.Equal(["wg.head@minfin.kz", "wg.security@minfin.kz"], alerts.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains("орташа деңгейлі техникалық іркіліс расталды", alerts[0].Subject);
        Assert.Contains("15423871-1", mail.First(m => m.Subject!.Contains("уровень средний: " + s.Number)).TextBody);
        Assert.Equal(["announce 20 13:00"], await s.OpenDutiesAsync());

        // §15.2: the announcement drafted from the incident and published meets the duty and joins the timeline.
        var announcements = s.Services.Get<AnnouncementService>();
        var draft = await announcements.DraftFromIncidentAsync(incident.Id, Operator, TestContext.Current.CancellationToken);
        Assert.True((await announcements.PublishAsync(draft.Value!.UpdateId, Operator, draft.Value!.Version, TestContext.Current.CancellationToken)).Succeeded);
        Assert.Empty(await s.OpenDutiesAsync());
        var view = await s.Services.Get<IncidentQuery>().LoadAsync(s.Number, TestContext.Current.CancellationToken);
        Assert.Contains(view!.Timeline, e => e.Kind == "AnnouncementPublished" && TimelineWording.Actor(e) == "operator@demo.kz");
        Assert.Contains(view.Timeline, e => e.Kind == "MailSent" && TimelineWording.Actor(e) == "wg.head@minfin.kz");

        // §15.2-§15.3 "again on change": a new planned fix makes both notices due again from 12:40.
        s.ClockAt("12:40");
        await s.Must((c, i) => c.ChangePlannedFixAsync(i.Id, i.Version, At("16:30"), Specialist));
        Assert.Equal(["announce 20 13:10", "supplier-notice 20 13:40"], await s.OpenDutiesAsync());

        s.ClockAt("15:10");
        await s.Must((c, i) => c.StartFixAsync(i.Id, i.Version, Specialist));
        s.ClockAt("16:00");
        await s.Must((c, i) => c.RecordFixAsync(i.Id, i.Version, At("15:55"), "Перезапущен сервис ценовых предложений.", Specialist));
        // §15.8 at once (within the 5-minute grace); §15.9 the written report has no deadline at medium.
        Assert.Contains("fix-notice 20 16:05", await s.OpenDutiesAsync());
        Assert.Contains("owner-report untimed", await s.OpenDutiesAsync());

        await s.Must((c, i) => c.CloseAsync(i.Id, i.Version, Operator));
        Assert.Equal(IncidentStatus.Closed, (await s.IncidentAsync()).Status);
    }

    [Fact]
    public async Task A_low_failure_owes_the_user_the_level_in_30_minutes_and_nobody_else_anything()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));
        s.ClockAt("12:20");
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Low), Specialist));

        Assert.Equal(["id-email 20 13:10", "low-notice 20 12:50"], await s.OpenDutiesAsync());
        var incident = await s.IncidentAsync();
        Assert.True((await s.Notices().SendAsync(incident.Id, MailTemplateCatalogue.LowNotice, Operator, TestContext.Current.CancellationToken)).Succeeded);
        var mail = await s.DeliverAsync();

        Assert.Equal(["tender@akzhol.kz", "tender@akzhol.kz"], mail.Select(m => m.To.Mailboxes.Single().Address));
        Assert.Contains("Плановое время устранения: 20.11.2026 15:30", mail[1].TextBody);
        Assert.Contains("Деңгейі: төмен", mail[1].TextBody);
        Assert.Empty(await s.OpenDutiesAsync());
    }

    [Fact]
    public async Task A_high_failure_owes_the_written_report_by_the_end_of_the_next_working_day()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));
        await s.AlertAsync(Severity.High);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.High), Specialist));
        // §16 is its own list: no §15.3 one-hour notice to every supplier.
        Assert.Equal(["announce 20 12:40", "id-email 20 13:10", "wg-alert 20 12:15"], await s.OpenDutiesAsync());

        await s.Must((c, i) => c.StartFixAsync(i.Id, i.Version, Specialist));
        s.ClockAt("14:00");
        await s.Must((c, i) => c.RecordFixAsync(i.Id, i.Version, At("13:50"), "Восстановлен узел балансировки.", Specialist));

        // §16.9: one working day of the state's five-day week (an office duty): Monday 23 November, closing at 18:30.
        Assert.Contains("owner-report 23 18:30", await s.OpenDutiesAsync());
    }

    [Fact]
    public async Task A_refutation_owes_the_user_the_evidence_within_30_minutes_and_the_mail_meets_it()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));
        s.ClockAt("13:30");
        var decision = s.Decision(Severity.Low);
        decision.ReproductionResult = "Предложение подано тестовым поставщиком без ошибок; у пользователя не запущен NCALayer.";
        await s.Must((c, i) => c.RefuteAsync(i.Id, i.Version, decision, Specialist));

        Assert.Equal(["id-email 20 13:10", "refutation-notice 20 14:00"], await s.OpenDutiesAsync());
        var incident = await s.IncidentAsync();
        var preview = await s.Notices().PreviewAsync(incident.Id, MailTemplateCatalogue.RefutationNotice, TestContext.Current.CancellationToken);
        Assert.Equal(["tender@akzhol.kz"], preview!.To);
        Assert.Contains("не запущен NCALayer", preview.Body);
        await s.Notices().SendAsync(incident.Id, MailTemplateCatalogue.RefutationNotice, Operator, TestContext.Current.CancellationToken);
        var mail = await s.DeliverAsync();

        Assert.Contains("Техникалық іркіліс расталмады", mail.Last().Subject);
        Assert.Empty(await s.OpenDutiesAsync());
        await s.Must((c, i) => c.CloseAsync(i.Id, i.Version, Operator));
    }

    [Fact]
    public async Task A_phone_call_logged_against_a_duty_meets_it()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));
        await s.AlertAsync(Severity.Medium);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), Specialist));
        var incident = await s.IncidentAsync();
        s.ClockAt("12:20");

        var logged = await s.Notices()
            .LogContactAsync(incident.Id,
                new ContactForm
                {
                    At = At("12:15"), Contact = "Әлия Сейітова, +7 701 111 22 33", Outcome = "Сообщено по телефону", ObligationCode = "wg-alert"
                }, Operator, TestContext.Current.CancellationToken);

        Assert.True(logged.Succeeded, string.Join("; ", logged.FieldErrors.Keys) + logged.Refusal);
        var duty = (await s.DutiesAsync()).Single(d => d.Code == "wg-alert");
        Assert.Equal((Utc("12:15"), "operator@demo.kz"), (duty.MetAtUtc, duty.MetByName));
    }
}
