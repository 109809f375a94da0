using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace GosZakup.Console.IntegrationTests;

public class CalendarEditTests(ConsoleFactory factory)
{
    private static OverrideForm Holiday(DateTime date) => new()
    {
        Date = date, Kind = OverrideKind.PublicHoliday, ReasonKk = "Сынақ", ReasonRu = "Тест", ReasonEn = "Test", Source = "test order No. 1",
    };

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    [Fact]
    public async Task A_new_holiday_is_saved_audited_and_used_at_once()
    {
        var result = await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().SaveAsync(Holiday(new DateTime(2030, 6, 12))));

        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        var calendar =
            await factory.Services.GetRequiredService<CalendarStore>().CurrentAsync(CalendarName.ContactCentre, TestContext.Current.CancellationToken);
        Assert.False(calendar.Day(new LocalDate(2030, 6, 12)).IsWorking);
        var audited = await InScopeAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries
            .AnyAsync(a => a.EntityType == "CalendarDay" && a.After!.Contains("test order No. 1")));
        Assert.True(audited);
    }

    [Fact]
    public async Task An_edit_from_a_stale_copy_is_refused_as_a_conflict()
    {
        await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().SaveAsync(Holiday(new DateTime(2030, 6, 13))));
        var stale = Holiday(new DateTime(2030, 6, 13));
        stale.Version = Guid.NewGuid();
        stale.ReasonEn = "Overwritten";

        var result = await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().SaveAsync(stale));

        Assert.Equal(RefusalCode.Stale, result.Refusal);
        Assert.Equal("Calendar.Conflict", result.Reason?.Key);
    }

    [Fact]
    public async Task An_open_day_without_hours_is_refused_with_a_reason_and_nothing_saved()
    {
        var form = Holiday(new DateTime(2030, 6, 16));
        form.Kind = OverrideKind.OwnerOpenedDay;
        form.Opens = null;

        var result = await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().SaveAsync(form));

        Assert.Equal("Calendar.HoursRequired", Assert.Single(result.FieldErrors).Value.Key);
        Assert.False(await InScopeAsync(s => s.GetRequiredService<AppDbContext>().CalendarOverrides.AnyAsync(o => o.Date == new DateOnly(2030, 6, 16))));
    }

    [Fact]
    public async Task Recomputing_moves_open_deadlines_only()
    {
        var store = factory.Services.GetRequiredService<CalendarStore>();
        var before = await store.AllAsync(TestContext.Current.CancellationToken);
        // An e-mail on Monday 14 October 2030 at 18:50: due Tuesday 15 October 09:20.
        var received = AstanaTime.ToUtc(new LocalDateTime(2030, 10, 14, 18, 50));
        var plan =
            ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Instant.FromDateTimeUtc(received), Channel: AppealChannel.Email),
                before, ObligationSettings.Default).Single();
        var open = new ObligationRecord
        {
            SubjectType = "Appeal", SubjectId = "open-1", Trigger = ObligationTrigger.AppealReceived, TriggerChannel = AppealChannel.Email
        }.Apply(plan);
        var met = new ObligationRecord
        {
            SubjectType = "Appeal", SubjectId = "met-1", Trigger = ObligationTrigger.AppealReceived, TriggerChannel = AppealChannel.Email, MetAtUtc = received
        }.Apply(plan);
        await InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Obligations.AddRange(open, met);
            return await db.SaveChangesAsync();
        });
        await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().SaveAsync(Holiday(new DateTime(2030, 10, 15))));

        var moved = await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().RecomputeOpenDeadlinesAsync());

        var mine = Assert.Single(moved, m => m.SubjectId == "open-1");
        Assert.Equal(AstanaTime.ToUtc(new LocalDateTime(2030, 10, 15, 9, 20)), mine.OldDueUtc);
        Assert.Equal(AstanaTime.ToUtc(new LocalDateTime(2030, 10, 16, 9, 20)), mine.NewDueUtc);
        Assert.DoesNotContain(moved, m => m.SubjectId == "met-1");
        var kept = await InScopeAsync(s => s.GetRequiredService<AppDbContext>().Obligations.SingleAsync(o => o.SubjectId == "met-1"));
        Assert.Equal(AstanaTime.ToUtc(new LocalDateTime(2030, 10, 15, 9, 20)), kept.DueAtUtc);
    }

    [Fact]
    public async Task Recomputing_moves_an_organisers_duty_stored_on_the_contact_centres_calendar_to_the_states_and_lists_it()
    {
        var calendars = await factory.Services.GetRequiredService<CalendarStore>().AllAsync(TestContext.Current.CancellationToken);
        // Published Friday 18 October 2030 at 10:00: before issue 15 the R2 §18 return counted the contact centre's
        // Saturday (due Tuesday 22 at 19:00); on the organiser's five-day week it is due Wednesday 23 at 18:30.
        var published = Instant.FromDateTimeUtc(AstanaTime.ToUtc(new LocalDateTime(2030, 10, 18, 10, 0)));
        var asBefore =
            ObligationSettings.Default with { Calendars = new Dictionary<string, CalendarName> { ["security-return"] = CalendarName.ContactCentre } };
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.ActPublished, published), calendars, asBefore).Single();
        var stored = new ObligationRecord { SubjectType = "SecurityReturn", SubjectId = "old-18", Trigger = ObligationTrigger.ActPublished }.Apply(plan);
        await InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Obligations.Add(stored);
            return await db.SaveChangesAsync();
        });

        var moved = await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().RecomputeOpenDeadlinesAsync());

        var mine = Assert.Single(moved, m => m.SubjectId == "old-18");
        Assert.Equal((CalendarName.ContactCentre, CalendarName.State), (mine.OldCalendar, mine.NewCalendar));
        Assert.Equal(AstanaTime.ToUtc(new LocalDateTime(2030, 10, 22, 19, 0)), mine.OldDueUtc);
        Assert.Equal(AstanaTime.ToUtc(new LocalDateTime(2030, 10, 23, 18, 30)), mine.NewDueUtc);
        var audited = await InScopeAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries
            .AnyAsync(a => a.EntityType == "Obligation" && a.EntityId == stored.Id.ToString() && a.After!.Contains("\"Calendar\"")
                && a.After.Contains("DueAtUtc")));
        Assert.True(audited);
        Assert.DoesNotContain(await InScopeAsync(s => s.GetRequiredService<CalendarAdminService>().RecomputeOpenDeadlinesAsync()),
            m => m.SubjectId == "old-18");
    }
}
