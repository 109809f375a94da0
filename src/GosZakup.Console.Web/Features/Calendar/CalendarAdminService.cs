using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Admin;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Calendar;

/// <summary>What the calendar dialog edits: one dated exception.</summary>
public sealed class OverrideForm
{
    public CalendarName Calendar { get; set; } = CalendarName.ContactCentre;
    public DateTime? Date { get; set; }
    public OverrideKind Kind { get; set; } = OverrideKind.PublicHoliday;
    public TimeSpan? Opens { get; set; } = new(9, 0, 0);
    public TimeSpan? Closes { get; set; } = new(17, 0, 0);
    public TimeSpan? LunchStarts { get; set; }
    public TimeSpan? LunchEnds { get; set; }
    public string ReasonKk { get; set; } = "";
    public string ReasonRu { get; set; } = "";
    public string ReasonEn { get; set; } = "";
    public string Source { get; set; } = "";

    /// <summary>The stored row's concurrency token; null for a new exception.</summary>
    public Guid? Version { get; set; }
}

/// <summary>Admin edits of either calendar (audited through the one audit writer) and the explicit
/// recomputation of open deadlines after an edit. Deadlines already computed never move by themselves.</summary>
public sealed class CalendarAdminService(IDbContextFactory<AppDbContext> dbFactory, CalendarStore store, ObligationSettings settings, IStringLocalizer<SharedResource> l)
{
    public async Task<AdminResult> SaveAsync(OverrideForm form)
    {
        if (Validate(form) is { } invalid) return invalid;
        var entry = ToDomain(form, out var error);
        if (entry is null) return AdminResult.Fail(error!);
        await using var db = await dbFactory.CreateDbContextAsync();
        var date = entry.Date.ToDateOnly();
        var stored = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Calendar == form.Calendar && o.Date == date);
        if (stored is null && form.Version is not null) return AdminResult.Concurrent(l["Calendar.Conflict"]);
        if (stored is not null && stored.Version != form.Version) return AdminResult.Concurrent(l["Calendar.Conflict"]);
        if (stored is null) db.CalendarOverrides.Add(CalendarOverrideRecord.From(form.Calendar, entry));
        else stored.CopyFrom(entry);
        return await SaveChangesAsync(db);
    }

    public async Task<AdminResult> RemoveAsync(CalendarName calendar, LocalDate date, Guid version)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var day = date.ToDateOnly();
        var stored = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Calendar == calendar && o.Date == day);
        if (stored is null || stored.Version != version) return AdminResult.Concurrent(l["Calendar.Conflict"]);
        db.CalendarOverrides.Remove(stored);
        return await SaveChangesAsync(db);
    }

    public async Task<IReadOnlyList<MovedDeadline>> RecomputeOpenDeadlinesAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await ObligationRecompute.RecomputeOpenAsync(db, await store.AllAsync(), settings);
    }

    public async Task<Dictionary<LocalDate, Guid>> VersionsAsync(CalendarName calendar, LocalDate first, LocalDate last)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (from, to) = (first.ToDateOnly(), last.ToDateOnly());
        return await db.CalendarOverrides.AsNoTracking().Where(o => o.Calendar == calendar && o.Date >= from && o.Date <= to)
            .ToDictionaryAsync(o => LocalDate.FromDateOnly(o.Date), o => o.Version);
    }

    private async Task<AdminResult> SaveChangesAsync(AppDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Concurrent(l["Calendar.Conflict"]);
        }
        catch (DbUpdateException)
        {
            // Two Admins adding the same date at once: the unique index refuses the second.
            return AdminResult.Concurrent(l["Calendar.Conflict"]);
        }
        store.Invalidate();
        return AdminResult.Ok;
    }

    private AdminResult? Validate(OverrideForm form)
    {
        var errors = new List<string>();
        if (form.Date is null) errors.Add(l["Calendar.DateRequired"]);
        if (string.IsNullOrWhiteSpace(form.ReasonKk) || string.IsNullOrWhiteSpace(form.ReasonRu) || string.IsNullOrWhiteSpace(form.ReasonEn))
            errors.Add(l["Calendar.ReasonRequired"]);
        if (string.IsNullOrWhiteSpace(form.Source)) errors.Add(l["Calendar.SourceRequired"]);
        if (CalendarOverride.IsOpenKind(form.Kind) && (form.Opens is null || form.Closes is null)) errors.Add(l["Calendar.HoursRequired"]);
        return errors.Count == 0 ? null : new AdminResult(errors);
    }

    private CalendarOverride? ToDomain(OverrideForm form, out string? error)
    {
        error = null;
        try
        {
            var hours = CalendarOverride.IsOpenKind(form.Kind)
                ? new WorkingHours(Time(form.Opens!.Value), Time(form.Closes!.Value),
                    form.LunchStarts is { } ls ? Time(ls) : null, form.LunchEnds is { } le ? Time(le) : null)
                : null;
            return new CalendarOverride(LocalDate.FromDateTime(form.Date!.Value), form.Kind, hours,
                new LocalizedText(form.ReasonKk.Trim(), form.ReasonRu.Trim(), form.ReasonEn.Trim()), form.Source.Trim());
        }
        catch (ArgumentException)
        {
            error = l["Calendar.HoursInvalid"];
            return null;
        }
    }

    private static LocalTime Time(TimeSpan span) => LocalTime.FromTicksSinceMidnight(span.Ticks);
}
