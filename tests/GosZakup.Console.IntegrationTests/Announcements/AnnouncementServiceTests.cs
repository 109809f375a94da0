using System.Security.Claims;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.IntegrationTests.Announcements;

/// <summary>Drafting and publishing on a real SQLite file, with the clock pinned to Friday 20 November 2026,
/// 12:10 Astana time.</summary>
public class AnnouncementServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<IntakeServices> StartAsync() => IntakeServices.StartAsync(services => services.AddAnnouncements());

    private static AnnouncementForm Works(string bodyRu = "Портал будет недоступен с 22:00 до 02:00.") => new()
    {
        TitleKk = "Жоспарлы жұмыстар", TitleRu = "Плановые работы", BodyKk = "Портал 22:00-ден 02:00-ге дейін қолжетімсіз болады.", BodyRu = bodyRu,
    };

    /// <summary>A registered incident confirmed at medium level, with its R2 §15.2 clock open as the incidents feature plans it.</summary>
    private static async Task<IncidentRecord> ConfirmedIncidentAsync(IntakeServices app, Severity severity = Severity.Medium)
    {
        var number = await app.RegisterAsync(new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = new DateTime(2026, 11, 20, 12, 5, 0), OrganisationName = "ТОО «Ақ Жол»",
            ContactPhone = "+7 701 234 56 78", Description = "Не открывается раздел ценовых предложений,\n  ошибка 502",
            ProcurementNumbers = "15423-1; 15424-1", LotNumbers = "3, 7",
        });
        await using var db = app.NewDb();
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == number, Ct);
        (incident.Status, incident.Severity, incident.SystemModule) = (IncidentStatus.Confirmed, severity, "Конкурс");
        incident.PlannedFixAtUtc = new DateTime(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc);
        var confirmed = new ObligationEvent(ObligationTrigger.Confirmed, Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), severity);
        var calendar = await app.Get<Infrastructure.Calendar.CalendarStore>().AllAsync(Ct);
        foreach (var plan in ObligationPlanner.Plan(confirmed, calendar, ObligationSettings.Default))
            db.Obligations.Add(AppealIntake.Obligation(plan, ObligationSubject.Incident(incident.Id), ObligationTrigger.Confirmed));
        await db.SaveChangesAsync(Ct);
        return incident;
    }

    [Fact]
    public async Task Publishing_an_incidents_announcement_meets_its_open_announce_obligation_and_nothing_else()
    {
        await using var app = await StartAsync();
        var incident = await ConfirmedIncidentAsync(app);
        var service = app.Get<AnnouncementService>();
        var draft = await service.DraftFromIncidentAsync(incident.Id, IntakeServices.Operator(), Ct);
        await using (var db = app.NewDb())
            Assert.Null((await db.Obligations.SingleAsync(o => o.Code == "announce", Ct)).MetAtUtc); // a draft is not a publication

        app.Clock.Advance(TimeSpan.FromMinutes(12));
        var published = await service.PublishAsync(draft.Value!.UpdateId, IntakeServices.Operator(), draft.Value!.Version, Ct);

        Assert.True(published.Succeeded, $"{published.Refusal}");
        await using var after = app.NewDb();
        var announce = await after.Obligations.SingleAsync(o => o.Code == "announce", Ct);
        Assert.Equal(new DateTime(2026, 11, 20, 7, 22, 0, DateTimeKind.Utc), announce.MetAtUtc);
        Assert.Equal("operator@demo.kz", announce.MetByName);
        Assert.Contains("Технический сбой веб-портала", announce.MetNote);
        Assert.Null((await after.Obligations.SingleAsync(o => o.Code == "supplier-notice", Ct)).MetAtUtc);
        var announcement = await after.Set<AnnouncementRecord>().SingleAsync(Ct);
        Assert.Equal((announce.MetAtUtc, announce.MetAtUtc), (announcement.FirstPublishedAtUtc, announcement.LastPublishedAtUtc));
    }

    [Fact]
    public async Task A_draft_from_an_incident_says_failure_level_planned_fix_numbers_and_extension_in_Kazakh_and_Russian()
    {
        await using var app = await StartAsync();
        var incident = await ConfirmedIncidentAsync(app);

        var draft = await app.Get<AnnouncementService>().DraftFromIncidentAsync(incident.Id, IntakeServices.Operator(), Ct);

        await using var db = app.NewDb();
        var update = await db.Set<AnnouncementUpdateRecord>().SingleAsync(u => u.Id == draft.Value!.UpdateId, Ct);
        Assert.Equal(UpdateState.Draft, update.State);
        Assert.Equal($"Технический сбой веб-портала ({incident.Number})", update.TitleRu);
        Assert.Equal($"Веб-порталдың техникалық іркілісі ({incident.Number})", update.TitleKk);
        Assert.Contains("Сбой: Не открывается раздел ценовых предложений, ошибка 502", update.BodyRu);
        Assert.Contains("Уровень: средний.", update.BodyRu);
        Assert.Contains("Деңгейі: орташа.", update.BodyKk);
        Assert.Contains("Плановое время устранения: 20.11.2026 18:00 (UTC+5)", update.BodyRu);
        Assert.Contains("Объявления о закупках: 15423-1, 15424-1", update.BodyRu);
        Assert.Contains("Лоттар: 3, 7", update.BodyKk);
        Assert.Contains("15.4-15.6", update.BodyRu);
    }

    [Fact]
    public async Task Once_fixed_the_next_draft_gives_the_actual_fix_time_and_keeps_the_published_update()
    {
        await using var app = await StartAsync();
        var incident = await ConfirmedIncidentAsync(app);
        var service = app.Get<AnnouncementService>();
        var first = await service.DraftFromIncidentAsync(incident.Id, IntakeServices.Operator(), Ct);
        await service.PublishAsync(first.Value!.UpdateId, IntakeServices.Operator(), ct: Ct);
        await using (var db = app.NewDb())
        {
            var fixing = await db.Set<IncidentRecord>().SingleAsync(i => i.Id == incident.Id, Ct);
            (fixing.Status, fixing.FixedAtUtc) = (IncidentStatus.Fixed, new DateTime(2026, 11, 20, 12, 40, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync(Ct);
        }

        var fix = await service.DraftFromIncidentAsync(incident.Id, IntakeServices.Operator(), Ct);

        await using var after = app.NewDb();
        var announcement = await after.Set<AnnouncementRecord>().Include(a => a.Updates).SingleAsync(Ct);
        Assert.Equal(2, announcement.Updates.Count);
        var update = announcement.Updates.Single(u => u.Id == fix.Value!.UpdateId);
        Assert.Equal($"Технический сбой устранён ({incident.Number})", update.TitleRu);
        Assert.Contains("Сбой устранён 20.11.2026 17:40 (UTC+5)", update.BodyRu);
        Assert.Contains("новые сроки будут опубликованы в следующем обновлении", update.BodyRu);
        Assert.Equal(UpdateState.Published, announcement.Updates.Single(u => u.Id == first.Value!.UpdateId).State);
    }

    [Fact]
    public async Task An_incident_without_a_level_is_not_announced()
    {
        await using var app = await StartAsync();
        var number = await app.RegisterAsync(new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = new DateTime(2026, 11, 20, 12, 5, 0), OrganisationName = "ТОО «Ақ Жол»",
            ContactPhone = "+7 701 234 56 78", Description = "Ошибка",
        });
        await using var db = app.NewDb();
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == number, Ct);

        var result = await app.Get<AnnouncementService>().DraftFromIncidentAsync(incident.Id, IntakeServices.Operator(), Ct);

        Assert.Equal((RefusalCode.NotAllowedFromStatus, "Announcement.NotConfirmed"), (result.Refusal, result.Reason?.Key));
        Assert.False(await db.Set<AnnouncementRecord>().AnyAsync(Ct));
    }

    [Theory]
    [InlineData("BodyRu", "<script>alert(1)</script>")]
    [InlineData("BodyRu", "<a href=\"javascript:alert(1)\">ссылка</a>")]
    [InlineData("TitleKk", "")]
    public async Task A_draft_with_markup_or_a_missing_language_is_refused_with_a_message_and_nothing_is_saved(string field, string value)
    {
        await using var app = await StartAsync();
        var form = Works();
        typeof(AnnouncementForm).GetProperty(field)!.SetValue(form, value);

        var result = await app.Get<AnnouncementService>().DraftStandaloneAsync(AnnouncementKind.PlannedWorks, form, IntakeServices.Operator(), Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(value == "" ? "Announcement.Required" : "Appeal.NoMarkup", result.FieldErrors[field].Key);
        await using var db = app.NewDb();
        Assert.False(await db.Set<AnnouncementRecord>().AnyAsync(Ct));
        Assert.False(await db.Set<AnnouncementUpdateRecord>().AnyAsync(Ct));
    }

    [Fact]
    public async Task Script_typed_into_a_saved_draft_is_refused_and_the_draft_keeps_its_text()
    {
        await using var app = await StartAsync();
        var service = app.Get<AnnouncementService>();
        var draft = await service.DraftStandaloneAsync(AnnouncementKind.PlannedWorks, Works(), IntakeServices.Operator(), Ct);

        var result =
            await service.SaveDraftAsync(draft.Value!.UpdateId, draft.Value!.Version, Works("<script>alert(1)</script>"), IntakeServices.Operator(), Ct);

        Assert.Equal("Appeal.NoMarkup", result.FieldErrors["BodyRu"].Key);
        await using var db = app.NewDb();
        Assert.Equal("Портал будет недоступен с 22:00 до 02:00.", (await db.Set<AnnouncementUpdateRecord>().SingleAsync(Ct)).BodyRu);
    }

    [Fact]
    public async Task Two_people_saving_the_same_draft_version_the_second_is_told_and_does_not_overwrite()
    {
        await using var app = await StartAsync();
        var service = app.Get<AnnouncementService>();
        var draft = await service.DraftStandaloneAsync(AnnouncementKind.PlannedWorks, Works(), IntakeServices.Operator(), Ct);

        var first = await service.SaveDraftAsync(draft.Value!.UpdateId, draft.Value!.Version, Works("Первая правка."), IntakeServices.Operator("op-1"), Ct);
        var second = await service.SaveDraftAsync(draft.Value!.UpdateId, draft.Value!.Version, Works("Вторая правка."),
            IntakeServices.Operator("op-2", "operator2@demo.kz"), Ct);
        var stalePublish = await service.PublishAsync(draft.Value!.UpdateId, IntakeServices.Operator(), draft.Value!.Version, Ct);

        Assert.True(first.Succeeded);
        Assert.Equal((RefusalCode.Stale, "Announcement.Conflict"), (second.Refusal, second.Reason?.Key));
        Assert.Equal(RefusalCode.Stale, stalePublish.Refusal);
        await using var db = app.NewDb();
        var saved = await db.Set<AnnouncementUpdateRecord>().SingleAsync(Ct);
        Assert.Equal(("Первая правка.", UpdateState.Draft), (saved.BodyRu, saved.State));
    }

    [Fact]
    public async Task A_published_update_is_never_edited_nor_discarded()
    {
        await using var app = await StartAsync();
        var service = app.Get<AnnouncementService>();
        var draft = await service.DraftStandaloneAsync(AnnouncementKind.ForceMajeure, Works(), IntakeServices.Operator(), Ct);
        var published = await service.PublishAsync(draft.Value!.UpdateId, IntakeServices.Operator(), draft.Value!.Version, Ct);

        var edit =
            await service.SaveDraftAsync(draft.Value!.UpdateId, published.Value!.Version, Works("Исправлено задним числом."), IntakeServices.Operator(), Ct);
        var discard = await service.DiscardDraftAsync(draft.Value!.UpdateId, IntakeServices.Operator(), ct: Ct);

        Assert.Equal((RefusalCode.NotAllowedFromStatus, RefusalCode.NotAllowedFromStatus), (edit.Refusal, discard.Refusal));
        await using var db = app.NewDb();
        var update = await db.Set<AnnouncementUpdateRecord>().SingleAsync(Ct);
        Assert.Equal(("Портал будет недоступен с 22:00 до 02:00.", UpdateState.Published), (update.BodyRu, update.State));
        Assert.Equal(new DateTime(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc), update.PublishedAtUtc);
    }

    [Fact]
    public async Task One_draft_at_a_time_and_discarding_the_only_draft_removes_the_announcement()
    {
        await using var app = await StartAsync();
        var service = app.Get<AnnouncementService>();
        var draft = await service.DraftStandaloneAsync(AnnouncementKind.PlannedWorks, Works(), IntakeServices.Operator(), Ct);
        await using (var db = app.NewDb())
        {
            var announcementId = (await db.Set<AnnouncementRecord>().SingleAsync(Ct)).Id;
            var another = await service.DraftUpdateAsync(announcementId, Works(), IntakeServices.Operator(), Ct);
            Assert.Equal((RefusalCode.Duplicate, "Announcement.DraftExists"), (another.Refusal, another.Reason?.Key));
        }

        var discarded = await service.DiscardDraftAsync(draft.Value!.UpdateId, IntakeServices.Operator(), draft.Value!.Version, Ct);

        Assert.True(discarded.Succeeded);
        await using var after = app.NewDb();
        Assert.False(await after.Set<AnnouncementRecord>().AnyAsync(Ct));
    }

    [Fact]
    public async Task Only_the_desk_and_its_managers_draft_publish_or_discard_an_announcement()
    {
        await using var app = await StartAsync();
        var service = app.Get<AnnouncementService>();
        var specialist = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "sp-1"), new Claim(ClaimTypes.Name, "specialist@demo.kz"), new Claim(ClaimTypes.Role, StaffRole.Specialist)],
            "test"));

        var byTheSpecialist = await service.DraftStandaloneAsync(AnnouncementKind.PlannedWorks, Works(), specialist, Ct);
        var draft = await service.DraftStandaloneAsync(AnnouncementKind.PlannedWorks, Works(), IntakeServices.Operator(), Ct);
        var publish = await service.PublishAsync(draft.Value!.UpdateId, specialist, draft.Value!.Version, Ct);
        var discard = await service.DiscardDraftAsync(draft.Value!.UpdateId, specialist, draft.Value!.Version, Ct);
        var save = await service.SaveDraftAsync(draft.Value!.UpdateId, draft.Value!.Version, Works("Исправлено не тем, кем надо."), specialist, Ct);

        Assert.All([byTheSpecialist, publish, discard, save], r => Assert.Equal(RefusalCode.RoleNotAllowed, r.Refusal));
        await using var db = app.NewDb();
        var update = await db.Set<AnnouncementUpdateRecord>().SingleAsync(Ct);
        Assert.Equal(("Портал будет недоступен с 22:00 до 02:00.", UpdateState.Draft, draft.Value!.Version), (update.BodyRu, update.State, update.Version));
    }
}
