using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Dashboard;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Severity = GosZakup.Console.Domain.Incidents.Severity;

namespace GosZakup.Console.Web.Tests;

/// <summary>The dashboard of a Manager at the pinned 07:10 UTC on Friday 20 November 2026 (12:10 Astana); the default
/// period is the last twelve weeks.</summary>
public class DashboardTests : ConsoleTestContext
{
    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private async Task<IRenderedComponent<DashboardPage>> RenderAsync()
    {
        AddAuthorization().SetAuthorized("manager@test.kz").SetRoles(StaffRole.Manager);
        Services.AddScoped<DashboardQuery>().AddSingleton<IncidentNotifier>().AddSingleton<InboxNotifier>();
        await using (var db = await MigratedDatabaseAsync())
        {
            Seed(db);
            await db.SaveChangesAsync(Ct);
        }
        Render<MudPopoverProvider>();
        return Render<DashboardPage>();
    }

    [Fact]
    public async Task The_widgets_show_the_counts_the_breach_rate_and_the_percentiles()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=dashboard-computed]")));

        Assert.Equal([("UnderAnalysis", "1"), ("Fixing", "1"), ("Fixed", "1"), ("Closed", "1")], Counts(cut, "incidents-by-status"));
        Assert.Equal([(DashboardQuery.NoLevel, "1"), ("Low", "2"), ("High", "1")], Counts(cut, "incidents-by-level"));
        Assert.Equal("4", cut.Find("[data-testid=incidents-by-level] [data-testid=count-total]").TextContent.Trim());
        Assert.Equal([(DashboardQuery.OperatorRelated, "1"), (DashboardQuery.NotOperatorRelated, "1"), (DashboardQuery.Unclassified, "2")],
            Counts(cut, "incidents-by-classification"));

        var register = cut.Find("[data-testid=breach-row][data-code=register]");
        Assert.Equal(("2", "1", "50%"), (Text(register, "breach-total"), Text(register, "breach-count"), Text(register, "breach-rate")));
        var analyse = cut.Find("[data-testid=breach-row][data-code=analyse]");
        Assert.Equal(("2", "1"), (Text(analyse, "breach-total"), Text(analyse, "breach-count")));

        var analyseLow = cut.Find("[data-testid=duration-row][data-stage=Analyse][data-level=Low]");
        Assert.Equal(("2", "1:30:00", "1:54:00"), (Text(analyseLow, "duration-count"), Text(analyseLow, "duration-median"), Text(analyseLow, "duration-p90")));
        var fixLow = cut.Find("[data-testid=duration-row][data-stage=Fix][data-level=Low]");
        Assert.Equal(("3:00:00", "3:48:00"), (Text(fixLow, "duration-median"), Text(fixLow, "duration-p90")));
        var registerLow = cut.Find("[data-testid=duration-row][data-stage=Register][data-level=Low]");
        Assert.Equal(("0:15:00", "0:19:00"), (Text(registerLow, "duration-median"), Text(registerLow, "duration-p90")));

        Assert.Equal("On time: 1", cut.Find("[data-testid=open-green]").TextContent.Trim());
        Assert.Equal("Breached: 1", cut.Find("[data-testid=open-breached]").TextContent.Trim());
        Assert.Equal("INC-2026-000004", cut.Find("[data-testid=open-next] [data-testid=open-subject]").TextContent.Trim());
        Assert.Contains("12 weeks: 4 incidents, 2 breaches.", cut.Find("[data-testid=trend-totals]").TextContent);
    }

    [Fact]
    public async Task A_countdown_turns_breached_when_the_clock_passes_its_limit_without_reloading()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.Equal("green", cut.Find("[data-testid=open-next] [data-testid=countdown]").GetAttribute("data-stage")));
        Assert.Equal("02:00", cut.Find("[data-testid=open-next] [data-testid=countdown-left]").TextContent.Trim());

        Clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("01:59", cut.Find("[data-testid=open-next] [data-testid=countdown-left]").TextContent.Trim()));

        Clock.Advance(TimeSpan.FromMinutes(2));
        cut.WaitForAssertion(() =>
            Assert.Equal("breached", cut.Find("[data-testid=open-row][data-code=analyse] [data-testid=countdown]").GetAttribute("data-stage")));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_with_a_message()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=dashboard-computed]")));
        var pickers = cut.FindComponents<MudDatePicker>();
        await cut.InvokeAsync(() => pickers[0].Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 20)));
        await cut.InvokeAsync(() => pickers[1].Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 1)));
        cut.Find("[data-testid=dashboard-apply]").Click();

        cut.WaitForAssertion(() =>
            Assert.Equal("The start of the period is after its end.", cut.Find("[data-testid=dashboard-filter-error]").TextContent.Trim()));
        Assert.Equal("4", cut.Find("[data-testid=incidents-by-status] [data-testid=count-total]").TextContent.Trim()); // the figures stay as they were
    }

    private static List<(string?, string)> Counts(IRenderedComponent<DashboardPage> cut, string table) =>
        [.. cut.FindAll($"[data-testid={table}] [data-testid=count-row]")
            .Select(r => (r.GetAttribute("data-key"), r.QuerySelector("[data-testid=count]")!.TextContent.Trim()))];

    private static string Text(AngleSharp.Dom.IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    /// <summary>Four incidents in the week of 16 November and their duties: one duty of each kind of clock.</summary>
    private static void Seed(AppDbContext db)
    {
        var i1 = Incident(db, 1, new DateTime(2026, 11, 16, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Closed, Severity.Low, decidedAfter: 60, fixedAfter: 120,
            operatorRelated: true);
        var i2 = Incident(db, 2, new DateTime(2026, 11, 17, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Fixed, Severity.Low, decidedAfter: 120, fixedAfter: 240,
            operatorRelated: false);
        var i3 = Incident(db, 3, new DateTime(2026, 11, 18, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Fixing, Severity.High, decidedAfter: 30);
        var i4 = Incident(db, 4, new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc), IncidentStatus.UnderAnalysis, null);
        var a1 = Appeal(db, i1, AppealChannel.Email, 20);
        var a2 = Appeal(db, i2, AppealChannel.Phone, 10);
        Appeal(db, i3, AppealChannel.Email, 40);
        Appeal(db, i4, AppealChannel.Email, 30);

        Duty(db, ObligationCatalogue.Register, "Appeal", a1.Id, a1.ReceivedAtUtc, due: i1.RegisteredAtUtc.AddMinutes(10), met: i1.RegisteredAtUtc);
        Duty(db, ObligationCatalogue.Register, "Appeal", a2.Id, a2.ReceivedAtUtc, due: i2.RegisteredAtUtc.AddMinutes(-5), met: i2.RegisteredAtUtc); // late
        Duty(db, ObligationCatalogue.Analyse, "Incident", i3.Id, i3.RegisteredAtUtc, due: i3.RegisteredAtUtc.AddHours(1)); // open past its limit
        Duty(db, ObligationCatalogue.Analyse, "Incident", i4.Id, i4.RegisteredAtUtc, due: Now.AddMinutes(2)); // two minutes left
    }

    private static IncidentRecord Incident(AppDbContext db, int sequence, DateTime registered, IncidentStatus status, Severity? level,
        int? decidedAfter = null, int? fixedAfter = null, bool? operatorRelated = null)
    {
        var decided = registered.AddMinutes(decidedAfter ?? 0);
        var incident = new IncidentRecord
        {
            Number = $"INC-2026-{sequence:000000}", Year = 2026, Sequence = sequence, RegisteredAtUtc = registered, RegisteredByName = "op",
            Status = status, Severity = level, DecidedAtUtc = decidedAfter is null ? null : decided,
            FixedAtUtc = fixedAfter is { } fix ? decided.AddMinutes(fix) : null, IsOperatorRelated = operatorRelated,
        };
        db.Add(incident);
        return incident;
    }

    private static AppealRecord Appeal(AppDbContext db, IncidentRecord incident, AppealChannel channel, int minutesBefore)
    {
        var appeal = new AppealRecord
        {
            Channel = channel, ReceivedAtUtc = incident.RegisteredAtUtc.AddMinutes(-minutesBefore), RegisteredAtUtc = incident.RegisteredAtUtc,
            OrganisationName = "ТОО «Ақ Жол»", Description = "Сбой", IncidentId = incident.Id,
        };
        db.Add(appeal);
        return appeal;
    }

    private static void Duty(AppDbContext db, ObligationDefinition definition, string type, Guid subject, DateTime triggered, DateTime due,
        DateTime? met = null) =>
        db.Add(new ObligationRecord
        {
            Code = definition.Code, Clause = definition.Clause, SubjectType = type, SubjectId = subject.ToString(), Counting = definition.Counting,
            TriggeredAtUtc = triggered, DueAtUtc = due, MetAtUtc = met,
        });
}
