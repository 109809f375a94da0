using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using Microsoft.EntityFrameworkCore;
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
public sealed class CalendarAdminService(IDbContextFactory<AppDbContext> dbFactory, CalendarStore store, ObligationSettings settings)
{
    public async Task<CommandResult> SaveAsync(OverrideForm form)
    {
        if (Validate(form) is { } invalid) return invalid;
        if (ToDomain(form) is not { } entry) return CommandResult.Invalid("Hours", "Calendar.HoursInvalid");
        await using var db = await dbFactory.CreateDbContextAsync();
        var date = entry.Date.ToDateOnly();
        var stored = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Calendar == form.Calendar && o.Date == date);
        if (stored is null && form.Version is not null) return Conflict();
        if (stored is not null && stored.Version != form.Version) return Conflict();
        if (stored is null) db.CalendarOverrides.Add(CalendarOverrideRecord.From(form.Calendar, entry));
        else stored.CopyFrom(entry);
        return await SaveChangesAsync(db);
    }

    public async Task<CommandResult> RemoveAsync(CalendarName calendar, LocalDate date, Guid version)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var day = date.ToDateOnly();
        var stored = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Calendar == calendar && o.Date == day);
        if (stored is null || stored.Version != version) return Conflict();
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

    private async Task<CommandResult> SaveChangesAsync(AppDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        catch (DbUpdateException)
        {
            // Two Admins adding the same date at once: the unique index refuses the second.
            return Conflict();
        }
        store.Invalidate();
        return CommandResult.Ok();
    }

    private static CommandResult Conflict() => CommandResult.Refused(RefusalCode.Stale, "Calendar.Conflict");

    private static CommandResult? Validate(OverrideForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        if (form.Date is null) errors[nameof(form.Date)] = new("Calendar.DateRequired");
        if (string.IsNullOrWhiteSpace(form.ReasonKk) || string.IsNullOrWhiteSpace(form.ReasonRu) || string.IsNullOrWhiteSpace(form.ReasonEn))
            errors["Reason"] = new("Calendar.ReasonRequired");
        if (string.IsNullOrWhiteSpace(form.Source)) errors[nameof(form.Source)] = new("Calendar.SourceRequired");
        if (CalendarOverride.IsOpenKind(form.Kind) && (form.Opens is null || form.Closes is null)) errors["Hours"] = new("Calendar.HoursRequired");
        return errors.Count == 0 ? null : CommandResult.Invalid(errors);
    }

    /// <summary>The form as the Domain's exception, or null when its hours do not make a working day.</summary>
    private static CalendarOverride? ToDomain(OverrideForm form)
    {
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
            return null;
        }
    }

    private static LocalTime Time(TimeSpan span) => LocalTime.FromTicksSinceMidnight(span.Ticks);
}
