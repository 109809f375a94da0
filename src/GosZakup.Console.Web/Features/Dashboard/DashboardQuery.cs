using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Journal;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Dashboard;

/// <summary>The SLA figures for the managers (R2 §7-§17, §26). Counts are grouped in SQL; only the durations (for the
/// percentiles) and the instants of the weekly trend are read into memory, projected to the columns they need. The
/// open duties are those open now, whatever the filters; everything else covers incidents registered, appeals
/// received and duties started in the period.</summary>
public sealed class DashboardQuery(IDbContextFactory<AppDbContext> dbFactory, DashboardFiguresCache? cache = null)
{
    public const string NoLevel = "None";
    public const string OperatorRelated = "Operator";
    public const string NotOperatorRelated = "NotOperator";
    public const string Unclassified = "Unclassified";

    /// <summary>Rows of each open-duty list (nearest to breach, breached).</summary>
    public const int WatchRows = 15;

    /// <summary>The trend shows at most this many weeks, the latest.</summary>
    public const int MaxWeeks = 104;

    /// <summary>What a dashboard shows: the figures at <paramref name="nowUtc"/>, or those another dashboard computed for the
    /// same filter a few seconds earlier (<see cref="DashboardFiguresCache"/>, when the host has one).</summary>
    public Task<DashboardFigures> FiguresAsync(DashboardFilter filter, DateTime nowUtc) =>
        cache is null ? ComputeAsync(filter, nowUtc) : cache.GetOrComputeAsync(filter, nowUtc, at => ComputeAsync(filter, at));

    public async Task<DashboardFigures> ComputeAsync(DashboardFilter filter, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var from = filter.FromDay is { } f ? JournalFiltering.StartOfAstanaDay(f) : DateTime.MinValue;
        var to = filter.ToDay is { } t ? JournalFiltering.StartOfAstanaDay(t.AddDays(1)) : DateTime.MaxValue;

        var incidents = db.Set<IncidentRecord>().AsNoTracking().Where(i => i.RegisteredAtUtc >= from && i.RegisteredAtUtc < to);
        var appeals = db.Set<AppealRecord>().AsNoTracking().Where(a => a.ReceivedAtUtc >= from && a.ReceivedAtUtc < to);
        if (filter.Channel is { } channel)
        {
            incidents = incidents.Where(i => i.Appeals.Any(a => a.Channel == channel));
            appeals = appeals.Where(a => a.Channel == channel);
        }

        var open = await OpenAsync(db, nowUtc, ct);
        var byStatus = (await incidents.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(r => r.Key).Select(r => new CountRow(r.Key.ToString(), r.Count)).ToList();
        var byLevel = (await incidents.GroupBy(i => i.Severity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(r => r.Key is null ? 0 : (int)r.Key).Select(r => new CountRow(r.Key?.ToString() ?? NoLevel, r.Count)).ToList();
        var byClassification = (await incidents.GroupBy(i => i.IsOperatorRelated).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(r => new CountRow(r.Key switch { true => OperatorRelated, false => NotOperatorRelated, null => Unclassified }, r.Count))
            .OrderBy(r => r.Key == OperatorRelated ? 0 : r.Key == NotOperatorRelated ? 1 : 2).ToList();
        var byCause = (await incidents.Where(i => i.CauseCode != null).GroupBy(i => i.CauseCode!).Select(g => new CountRow(g.Key, g.Count())).ToListAsync(ct))
            .OrderBy(r => FailureCauseCatalogue.All.ToList().FindIndex(c => c.Code == r.Key) is var index and >= 0 ? index : int.MaxValue).ToList();

        var timed = db.Obligations.AsNoTracking().Where(o => o.DueAtUtc != null && !o.Waived && o.TriggeredAtUtc >= from && o.TriggeredAtUtc < to);
        if (filter.Channel is not null)
        {
            // The duties of the channel's appeals and of the incidents they opened; a subject id is a Guid's "D" text.
            var subjects = (await appeals.Select(a => a.Id).ToListAsync(ct)).Concat(await incidents.Select(i => i.Id).ToListAsync(ct))
                .Select(id => id.ToString()).ToList();
            timed = timed.Where(o => subjects.Contains(o.SubjectId));
        }
        var breached = timed.Where(ObligationBreaches.At(nowUtc));
        var rates = (await ObligationBreaches.PerClauseAsync(timed, nowUtc, ct))
            .Select(r => new ClauseBreachRate(r.Code, r.Clause, r.Due, r.Breached))
            .OrderByDescending(r => r.Rate).ThenBy(r => r.Clause, StringComparer.Ordinal).ToList();

        var durations = await DurationsAsync(incidents, appeals, ct);
        var incidentTimes = await incidents.Select(i => i.RegisteredAtUtc).ToListAsync(ct);
        var breachTimes = await breached.Select(o => o.DueAtUtc!.Value).ToListAsync(ct);
        var weeks = Weeks(filter, nowUtc, incidentTimes, breachTimes);
        return new DashboardFigures(nowUtc, open, byStatus, byLevel, rates, durations, byClassification, byCause, weeks);
    }

    private static async Task<OpenObligationFigures> OpenAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var open = db.Obligations.AsNoTracking().Where(o => o.MetAtUtc == null && !o.Waived);
        var untimed = await open.CountAsync(o => o.DueAtUtc == null, ct);
        var breached = await open.CountAsync(o => o.DueAtUtc < nowUtc, ct);
        var red = await open.CountAsync(o => o.DueAtUtc >= nowUtc && o.Warn80AtUtc <= nowUtc, ct);
        var amber = await open.CountAsync(o => o.DueAtUtc >= nowUtc && (o.Warn80AtUtc == null || o.Warn80AtUtc > nowUtc) && o.Warn50AtUtc <= nowUtc, ct);
        var green = await open.CountAsync(o => o.DueAtUtc >= nowUtc, ct) - red - amber;

        var next = await Watch(open.Where(o => o.DueAtUtc >= nowUtc).OrderBy(o => o.DueAtUtc)).ToListAsync(ct);
        var overdue = await Watch(open.Where(o => o.DueAtUtc < nowUtc).OrderByDescending(o => o.DueAtUtc)).ToListAsync(ct);
        var subjects = await DutySubjects.LoadAsync(db, next.Concat(overdue), ct);
        return new OpenObligationFigures(green, amber, red, breached, untimed, Duties(next, subjects), Duties(overdue, subjects));
    }

    private static IQueryable<ObligationRecord> Watch(IQueryable<ObligationRecord> ordered) => ordered.Take(WatchRows)
        .Select(o => new ObligationRecord
        {
            Id = o.Id, Code = o.Code, Clause = o.Clause, SubjectType = o.SubjectType, SubjectId = o.SubjectId,
            DueAtUtc = o.DueAtUtc, TargetAtUtc = o.TargetAtUtc, Warn50AtUtc = o.Warn50AtUtc, Warn80AtUtc = o.Warn80AtUtc,
            Counting = o.Counting, Calendar = o.Calendar,
        });

    private static List<OpenDuty> Duties(IEnumerable<ObligationRecord> rows, IReadOnlyDictionary<(string Type, string Id), DutySubject> subjects) =>
        [.. rows.Select(o => new OpenDuty(o.Id, o.Code, o.Clause, o.DueAtUtc!.Value, o.TargetAtUtc, o.Warn50AtUtc, o.Warn80AtUtc,
            subjects[(o.SubjectType, o.SubjectId)], o.CountsOn))];

    private static async Task<List<DurationFigures>> DurationsAsync(IQueryable<IncidentRecord> incidents, IQueryable<AppealRecord> appeals,
        CancellationToken ct)
    {
        var register = await appeals.Where(a => a.RegisteredAtUtc != null && a.Incident != null)
            .Select(a => new Interval(a.Incident!.Severity, a.ReceivedAtUtc, a.RegisteredAtUtc!.Value)).ToListAsync(ct);
        var analyse = await incidents.Where(i => i.DecidedAtUtc != null)
            .Select(i => new Interval(i.Severity, i.RegisteredAtUtc, i.DecidedAtUtc!.Value)).ToListAsync(ct);
        var fix = await incidents.Where(i => i.Severity != null && i.DecidedAtUtc != null && i.FixedAtUtc != null)
            .Select(i => new Interval(i.Severity, i.DecidedAtUtc!.Value, i.FixedAtUtc!.Value)).ToListAsync(ct);
        return [.. Figures(DashboardStage.Register, register), .. Figures(DashboardStage.Analyse, analyse), .. Figures(DashboardStage.Fix, fix)];
    }

    private sealed record Interval(Severity? Level, DateTime StartUtc, DateTime EndUtc);

    private static IEnumerable<DurationFigures> Figures(DashboardStage stage, IEnumerable<Interval> spans) => spans
        .GroupBy(s => s.Level)
        .OrderBy(g => g.Key is null ? 0 : (int)g.Key)
        .Select(g =>
        {
            // A failure fixed before its confirmation was recorded took no time to fix after it.
            var sorted = g.Select(s => s.EndUtc > s.StartUtc ? s.EndUtc - s.StartUtc : TimeSpan.Zero).Order().ToList();
            return new DurationFigures(stage, g.Key, sorted.Count, Percentiles.Of(sorted, 0.5), Percentiles.Of(sorted, 0.9));
        });

    private static List<WeekFigures> Weeks(DashboardFilter filter, DateTime nowUtc, List<DateTime> incidents, List<DateTime> breaches)
    {
        var incidentWeeks = incidents.GroupBy(MondayOf).ToDictionary(g => g.Key, g => g.Count());
        var breachWeeks = breaches.Where(b => b <= nowUtc).GroupBy(MondayOf).ToDictionary(g => g.Key, g => g.Count());
        var known = incidentWeeks.Keys.Concat(breachWeeks.Keys).ToList();
        if (known.Count == 0 && filter.FromDay is null) return [];
        var first = filter.FromDay is { } from ? DashboardFilter.MondayOf(DateOnly.FromDateTime(from)) : known.Min();
        var last = filter.ToDay is { } to ? DashboardFilter.MondayOf(DateOnly.FromDateTime(to)) : known.Append(MondayOf(nowUtc)).Max();
        if (last.DayNumber - first.DayNumber > (MaxWeeks - 1) * 7) first = last.AddDays(-(MaxWeeks - 1) * 7);
        var weeks = new List<WeekFigures>();
        for (var monday = first; monday <= last; monday = monday.AddDays(7))
            weeks.Add(new WeekFigures(monday, incidentWeeks.GetValueOrDefault(monday), breachWeeks.GetValueOrDefault(monday)));
        return weeks;
    }

    private static DateOnly MondayOf(DateTime utc) => DashboardFilter.MondayOf(DateOnly.FromDateTime(AstanaTime.ToWallClock(utc)));
}
