using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Extensions;

/// <summary>R1 §13, R2 §16.6: force majeure recorded on the scenario's high failure (confirmed Friday 20 November 12:10 Astana)
/// starts the duty to tell the Owner and the users at once; sending it mails the Owner's unit and publishes the main-page notice.</summary>
public sealed class ForceMajeureNoticeTests : IAsyncLifetime
{
    private IncidentScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        scenario = await IncidentScenario.StartAsync();
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await scenario.AlertAsync(Severity.High);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, scenario.Decision(Severity.High), IncidentScenario.Specialist, Ct));
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Recording_force_majeure_plans_the_notice_and_sending_it_mails_the_Owner_s_unit_publishes_it_and_meets_the_duty()
    {
        scenario.ClockAt("12:30");
        await RecordAsync(wholePortal: false);

        var duty = Assert.Single(await scenario.DutiesAsync(), d => d.Code == "force-majeure-notice");
        Assert.Equal((Utc("12:30"), Utc("12:35"), "R1 §13, R2 §16.6", true), (duty.TriggeredAtUtc, duty.DueAtUtc, duty.Clause, duty.IsOpen));

        scenario.ClockAt("12:35");
        var incident = await scenario.IncidentAsync();
        var result = await Notices().SendAsync(incident.Id, incident.Version, IncidentScenario.Supervisor, Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
        duty = Assert.Single(await scenario.DutiesAsync(), d => d.Code == "force-majeure-notice");
        Assert.Equal((Utc("12:35"), "supervisor@demo.kz"), (duty.MetAtUtc, duty.MetByName));
        Assert.StartsWith("mail to owner.security@minfin.kz", duty.MetNote);
        var mail = Assert.Single(await scenario.DeliverAsync(), m => m.Subject!.Contains("Форс-мажор"));
        Assert.Equal("owner.security@minfin.kz", mail.To.Mailboxes.Single().Address);
        foreach (var expected in new[] { "Пожар в центре обработки данных", "модуль «Запрос ценовых предложений»", "20.11.2026 08:00 (UTC+5)",
            "20.11.2026 18:00 (UTC+5)", scenario.Number })
            Assert.Contains(expected, mail.TextBody);

        var update = await PublishedAsync();
        Assert.Contains("ожидаемое окончание: 20.11.2026 18:00 (UTC+5)", update.BodyRu);
        Assert.Contains("«Запрос ценовых предложений» модулі", update.BodyKk);
        var refused = await Notices().SendAsync(incident.Id, (await scenario.IncidentAsync()).Version, IncidentScenario.Supervisor, Ct);
        Assert.Equal((RefusalCode.AlreadyDone, "ForceMajeure.Error.AlreadySent"), (refused.Refusal, refused.Reason?.Key));
    }

    [Fact]
    public async Task A_change_of_its_effect_makes_a_new_notice_due_while_the_Owner_s_agreement_alone_does_not()
    {
        await RecordAsync(wholePortal: false);
        var incident = await scenario.IncidentAsync();
        Assert.True((await Notices().SendAsync(incident.Id, incident.Version, IncidentScenario.Supervisor, Ct)).Succeeded);

        await RecordAsync(wholePortal: false, agreed: true);
        Assert.DoesNotContain(await scenario.DutiesAsync(), d => d.Code == "force-majeure-notice" && d.IsOpen);

        scenario.ClockAt("12:40");
        await RecordAsync(wholePortal: true, agreed: true);
        Assert.Single(await scenario.DutiesAsync(), d => d.Code == "force-majeure-notice" && d.IsOpen);
        incident = await scenario.IncidentAsync();
        Assert.True((await Notices().SendAsync(incident.Id, incident.Version, IncidentScenario.Supervisor, Ct)).Succeeded);
        Assert.Contains("весь веб-портал", (await PublishedAsync()).BodyRu);
        await using var db = scenario.Services.NewDb();
        Assert.Equal(1, await db.Set<AnnouncementRecord>().CountAsync(a => a.Kind == AnnouncementKind.ForceMajeure, Ct)); // one thread, two updates
        Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.Kind == "force-majeure-notice", Ct));
    }

    [Fact]
    public async Task Only_a_Supervisor_sends_it()
    {
        await RecordAsync(wholePortal: false);
        var incident = await scenario.IncidentAsync();

        var result = await Notices().SendAsync(incident.Id, incident.Version, IncidentScenario.Specialist, Ct);

        Assert.Equal(RefusalCode.RoleNotAllowed, result.Refusal);
        Assert.True(Assert.Single(await scenario.DutiesAsync(), d => d.Code == "force-majeure-notice").IsOpen);
    }

    private ForceMajeureNotices Notices() => scenario.Services.Get<ForceMajeureNotices>();

    private static DateTime Utc(string hhmm) => IncidentScenario.Utc(hhmm);

    private async Task RecordAsync(bool wholePortal, bool agreed = false)
    {
        var form = new ForceMajeureForm
        {
            From = IncidentScenario.At("08:00"), To = IncidentScenario.At("18:00"), Description = "Пожар в центре обработки данных", WholePortal = wholePortal,
        };
        if (agreed) (form.AgreementBy, form.AgreementReference, form.AgreementAt) =
            ("Д. Ахметов, Минфин РК", "Письмо № 01-02/345", IncidentScenario.At("08:30"));
        var incident = await scenario.IncidentAsync();
        var result =
            await scenario.Services.Get<IncidentCircumstances>().RecordForceMajeureAsync(incident.Id, incident.Version, form, IncidentScenario.Supervisor, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
    }

    private async Task<AnnouncementUpdateRecord> PublishedAsync()
    {
        await using var db = scenario.Services.NewDb();
        return await db.Set<AnnouncementUpdateRecord>().AsNoTracking()
            .Where(u => u.State == UpdateState.Published && db.Set<AnnouncementRecord>()
                .Any(a => a.Id == u.AnnouncementId && a.Kind == AnnouncementKind.ForceMajeure))
            .OrderByDescending(u => u.PublishedAtUtc).FirstAsync(Ct);
    }
}
