using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Dashboard;

/// <summary>The dashboard's figures on a known set, at Friday 20 November 2026, 07:10 UTC (12:10 Astana), for the
/// period 1-20 November (Astana dates).</summary>
public sealed class DashboardQueryTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);
    private static readonly DashboardFilter November = new(new DateTime(2026, 11, 1), new DateTime(2026, 11, 20));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Percentiles_interpolate_between_the_closest_ranks()
    {
        List<TimeSpan> Minutes(params int[] values) => [.. values.Select(v => TimeSpan.FromMinutes(v))];

        Assert.Equal(TimeSpan.FromMinutes(25), Percentiles.Of(Minutes(10, 20, 30, 40), 0.5));
        Assert.Equal(TimeSpan.FromMinutes(37), Percentiles.Of(Minutes(10, 20, 30, 40), 0.9));
        Assert.Equal(TimeSpan.FromMinutes(30), Percentiles.Of(Minutes(10, 30, 50), 0.5));
        Assert.Equal(TimeSpan.FromMinutes(9.1), Percentiles.Of(Minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9));
        Assert.Equal(TimeSpan.FromMinutes(7), Percentiles.Of(Minutes(7), 0.9));
        Assert.Equal(TimeSpan.Zero, Percentiles.Of([], 0.5));
    }

    [Fact]
    public async Task Incidents_of_the_period_by_status_level_classification_and_cause()
    {
        var figures = await ComputeAsync(November);

        Assert.Equal([("UnderAnalysis", 1), ("Refuted", 1), ("Fixing", 1), ("Fixed", 1), ("Closed", 1)],
            figures.IncidentsByStatus.Select(r => (r.Key, r.Count)));
        Assert.Equal([(DashboardQuery.NoLevel, 2), ("Low", 2), ("High", 1)], figures.IncidentsByLevel.Select(r => (r.Key, r.Count)));
        Assert.Equal([(DashboardQuery.OperatorRelated, 1), (DashboardQuery.NotOperatorRelated, 1), (DashboardQuery.Unclassified, 3)],
            figures.ByClassification.Select(r => (r.Key, r.Count)));
        Assert.Equal([("operator-infosec", 1), ("user-network-power", 1)], figures.ByCause.Select(r => (r.Key, r.Count)));
    }

    [Fact]
    public async Task Breach_rate_per_clause_counts_late_and_overdue_duties_started_in_the_period()
    {
        var figures = await ComputeAsync(November);

        var rates = figures.BreachRates.ToDictionary(r => r.Code, r => (r.Clause, r.Total, r.Breached));
        Assert.Equal(("R2 §7", 2, 1), rates["register"]);   // one met late
        Assert.Equal(("R2 §9", 3, 1), rates["analyse"]);    // one open past its limit, one open in time, one met in time
        Assert.Equal(("R2 §15.2, §16.3", 1, 0), rates["announce"]);
        Assert.Equal(4, rates.Count);                      // the waived, the untimed and October's are not counted
        Assert.Equal(0.5, figures.BreachRates[0].Rate);
    }

    [Fact]
    public async Task Median_and_90th_percentile_per_stage_and_level()
    {
        var figures = await ComputeAsync(November);

        var times = figures.Durations.ToDictionary(d => (d.Stage, d.Level), d => (d.Count, d.Median, d.P90));
        Assert.Equal((2, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(19)), times[(DashboardStage.Register, Severity.Low)]);
        Assert.Equal((1, TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(40)), times[(DashboardStage.Register, Severity.High)]);
        Assert.Equal((2, TimeSpan.FromMinutes(17.5), TimeSpan.FromMinutes(27.5)), times[(DashboardStage.Register, null)]);
        Assert.Equal((2, TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(114)), times[(DashboardStage.Analyse, Severity.Low)]);
        Assert.Equal((1, TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(90)), times[(DashboardStage.Analyse, null)]);
        Assert.Equal((2, TimeSpan.FromHours(3), TimeSpan.FromMinutes(228)), times[(DashboardStage.Fix, Severity.Low)]);
        Assert.False(times.ContainsKey((DashboardStage.Fix, Severity.High))); // still being fixed
    }

    [Fact]
    public async Task Open_duties_by_the_stage_of_their_clock_nearest_breach_first()
    {
        var figures = await ComputeAsync(November);

        var open = figures.Open;
        Assert.Equal((1, 1, 1, 2, 1), (open.Green, open.Amber, open.Red, open.Breached, open.Untimed));
        Assert.Equal(["wg-alert", "analyse", "announce"], open.NextToBreach.Select(d => d.Code));
        Assert.Equal(["analyse", "register"], open.Overdue.Select(d => d.Code)); // this month's, then October's
        Assert.Equal("INC-2026-000004", open.Overdue[0].Subject.Label);
        Assert.Equal("/incidents/INC-2026-000004", open.Overdue[0].Subject.Link);
    }

    [Fact]
    public async Task Weeks_run_from_the_Monday_of_the_first_day_with_empty_weeks_kept()
    {
        var figures = await ComputeAsync(November);

        Assert.Equal(
            [(new DateOnly(2026, 10, 26), 0, 0), (new DateOnly(2026, 11, 2), 1, 0), (new DateOnly(2026, 11, 9), 1, 1), (new DateOnly(2026, 11, 16), 3, 1)],
            figures.Weeks.Select(w => (w.Monday, w.Incidents, w.Breaches)));
    }

    [Fact]
    public async Task The_channel_filter_keeps_the_channels_appeals_their_incidents_and_their_duties()
    {
        var figures = await ComputeAsync(November with { Channel = AppealChannel.Phone });

        Assert.Equal([("Fixed", 1)], figures.IncidentsByStatus.Select(r => (r.Key, r.Count)));
        Assert.Equal([("register", 1, 1)], figures.BreachRates.Select(r => (r.Code, r.Total, r.Breached)));
        Assert.Equal(TimeSpan.FromMinutes(10), Assert.Single(figures.Durations, d => d.Stage == DashboardStage.Register).Median);
        Assert.Equal(2, figures.Open.Breached); // open duties ignore the filters
    }

    [Fact]
    public async Task A_period_without_data_gives_empty_figures()
    {
        var figures = await ComputeAsync(new DashboardFilter(new DateTime(2026, 6, 1), new DateTime(2026, 6, 7)));

        Assert.Empty(figures.IncidentsByStatus);
        Assert.Empty(figures.BreachRates);
        Assert.Empty(figures.Durations);
        Assert.Equal([(new DateOnly(2026, 6, 1), 0, 0)], figures.Weeks.Select(w => (w.Monday, w.Incidents, w.Breaches)));
    }

    [Fact]
    public async Task A_fix_recorded_before_the_confirmation_counts_as_no_time_to_fix()
    {
        var figures = await ComputeAsync(November, db =>
        {
            var fixedFirst = new IncidentRecord
            {
                Number = "INC-2026-000001", Year = 2026, Sequence = 1, RegisteredAtUtc = new DateTime(2026, 11, 2, 5, 0, 0, DateTimeKind.Utc),
                RegisteredByName = "op", Status = IncidentStatus.Closed, Severity = Severity.Low,
                DecidedAtUtc = new DateTime(2026, 11, 2, 6, 0, 0, DateTimeKind.Utc),
                FixedAtUtc = new DateTime(2026, 11, 2, 5, 55, 0, DateTimeKind.Utc),
            };
            db.Add(fixedFirst);
        });

        Assert.Equal(TimeSpan.Zero, Assert.Single(figures.Durations, d => d.Stage == DashboardStage.Fix).Median);
    }

    private static async Task<DashboardFigures> ComputeAsync(DashboardFilter filter, Action<AppDbContext>? seed = null)
    {
        await using var app = await IntakeServices.StartAsync(s => s.AddScoped<DashboardQuery>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (seed ?? (d => DashboardDataSet.Seed(d, Now)))(db);
            await db.SaveChangesAsync(Ct);
        }
        await using var query = app.Services.CreateAsyncScope();
        return await query.ServiceProvider.GetRequiredService<DashboardQuery>().ComputeAsync(filter, Now, Ct);
    }
}

/// <summary>Five incidents registered in November 2026 and one in October, their appeals and duties.</summary>
internal static class DashboardDataSet
{
    public static void Seed(AppDbContext db, DateTime now)
    {
        var i1 = Incident(db, 1, new DateTime(2026, 11, 2, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Closed, Severity.Low, decidedAfter: 60, fixedAfter: 120,
            operatorRelated: true, cause: "operator-infosec");
        var i2 = Incident(db, 2, new DateTime(2026, 11, 9, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Fixed, Severity.Low, decidedAfter: 120, fixedAfter: 240,
            operatorRelated: false, cause: "user-network-power");
        var i3 = Incident(db, 3, new DateTime(2026, 11, 16, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Fixing, Severity.High, decidedAfter: 30);
        var i4 = Incident(db, 4, new DateTime(2026, 11, 18, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.UnderAnalysis, null);
        var i5 = Incident(db, 5, new DateTime(2026, 11, 19, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Refuted, null, decidedAfter: 90);
        var october =
            Incident(db, 6, new DateTime(2026, 10, 20, 5, 0, 0, DateTimeKind.Utc), IncidentStatus.Closed, Severity.Low, decidedAfter: 10, fixedAfter: 10);

        var a1 = Appeal(db, i1, AppealChannel.Email, 20);
        var a2 = Appeal(db, i2, AppealChannel.Phone, 10);
        Appeal(db, i3, AppealChannel.Email, 40);
        Appeal(db, i4, AppealChannel.Email, 30);
        Appeal(db, i5, AppealChannel.Forum, 5);
        var a6 = Appeal(db, october, AppealChannel.Phone, 15);

        Duty(db, ObligationCatalogue.Register, "Appeal", a1.Id, i1.RegisteredAtUtc.AddMinutes(-20), due: i1.RegisteredAtUtc.AddMinutes(10),
            met: i1.RegisteredAtUtc);
        Duty(db, ObligationCatalogue.Register, "Appeal", a2.Id, i2.RegisteredAtUtc.AddMinutes(-10), due: i2.RegisteredAtUtc.AddMinutes(-5),
            met: i2.RegisteredAtUtc);
        Duty(db, ObligationCatalogue.Analyse, "Incident", i3.Id, i3.RegisteredAtUtc, due: i3.RegisteredAtUtc.AddHours(2),
            met: i3.RegisteredAtUtc.AddMinutes(30));
        Duty(db, ObligationCatalogue.Analyse, "Incident", i4.Id, i4.RegisteredAtUtc, due: i4.RegisteredAtUtc.AddHours(4));                   // breached, open
        Duty(db, ObligationCatalogue.Analyse, "Incident", i5.Id, i5.RegisteredAtUtc, due: now.AddMinutes(60),
            warn50: now.AddMinutes(-30), warn80: now.AddMinutes(24));                                                                        // amber
        Duty(db, ObligationCatalogue.IdEmail, "Incident", i4.Id, i4.RegisteredAtUtc, due: null);                                              // untimed
        Duty(db, ObligationCatalogue.Announce, "Incident", i3.Id, now.AddMinutes(-10), due: now.AddMinutes(110),
            warn50: now.AddMinutes(50), warn80: now.AddMinutes(86));                                                                         // green
        Duty(db, ObligationCatalogue.WorkingGroupAlert, "Incident", i3.Id, now.AddMinutes(-70), due: now.AddMinutes(10),
            warn50: now.AddMinutes(-30), warn80: now.AddMinutes(-6));                                                                        // red
        Duty(db, ObligationCatalogue.LowNotice, "Incident", i1.Id, i1.RegisteredAtUtc, due: i1.RegisteredAtUtc.AddMinutes(1)).Waived = true;
        Duty(db, ObligationCatalogue.Register, "Appeal", a6.Id, october.RegisteredAtUtc.AddMinutes(-15),
            due: october.RegisteredAtUtc.AddMinutes(-1)); // October, open past its limit
    }

    private static IncidentRecord Incident(AppDbContext db, int sequence, DateTime registered, IncidentStatus status, Severity? level,
        int? decidedAfter = null, int? fixedAfter = null, bool? operatorRelated = null, string? cause = null)
    {
        var decided = registered.AddMinutes(decidedAfter ?? 0);
        var incident = new IncidentRecord
        {
            Number = $"INC-2026-{sequence:000000}", Year = 2026, Sequence = sequence, RegisteredAtUtc = registered, RegisteredByName = "op",
            Status = status, Severity = level, DecidedAtUtc = decidedAfter is null ? null : decided,
            FixedAtUtc = fixedAfter is { } fix ? decided.AddMinutes(fix) : null, IsOperatorRelated = operatorRelated, CauseCode = cause,
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

    private static ObligationRecord Duty(AppDbContext db, ObligationDefinition definition, string type, Guid subject, DateTime triggered, DateTime? due,
        DateTime? met = null, DateTime? warn50 = null, DateTime? warn80 = null)
    {
        var duty = new ObligationRecord
        {
            Code = definition.Code, Clause = definition.Clause, SubjectType = type, SubjectId = subject.ToString(), Counting = definition.Counting,
            TriggeredAtUtc = triggered, DueAtUtc = due, Warn50AtUtc = warn50, Warn80AtUtc = warn80, MetAtUtc = met,
        };
        db.Add(duty);
        return duty;
    }
}
