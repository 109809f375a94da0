using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Infrastructure.Calendar;

/// <summary>The current working calendars (the contact centre's and the state's), built from the stored exceptions
/// and kept for a minute (other instances' edits arrive within that); an edit here invalidates them at once.</summary>
public sealed class CalendarStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (WorkingCalendars Calendars, DateTimeOffset LoadedAt)? cached;

    /// <summary>Both calendars: what the obligation planner and the extension engine count on.</summary>
    public async Task<WorkingCalendars> AllAsync(CancellationToken ct = default)
    {
        if (Fresh() is { } calendars) return calendars;
        await gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loaded) return loaded;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var overrides = await db.CalendarOverrides.AsNoTracking().ToListAsync(ct);
            var built = new WorkingCalendars(Build(CalendarName.ContactCentre, overrides), Build(CalendarName.State, overrides));
            cached = (built, clock.GetUtcNow());
            return built;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<WorkingCalendar> CurrentAsync(CalendarName name, CancellationToken ct = default) => (await AllAsync(ct)).For(name);

    public void Invalidate() => cached = null;

    private static WorkingCalendar Build(CalendarName name, IEnumerable<CalendarOverrideRecord> overrides) =>
        new(WeekPattern.For(name), overrides.Where(o => o.Calendar == name).Select(o => o.ToDomain()), name: name);

    private WorkingCalendars? Fresh() =>
        cached is { } entry && clock.GetUtcNow() - entry.LoadedAt < KeepFor ? entry.Calendars : null;
}
