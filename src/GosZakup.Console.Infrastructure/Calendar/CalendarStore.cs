using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Infrastructure.Calendar;

/// <summary>The current working calendar, built from the stored exceptions and kept for a minute (other
/// instances' edits arrive within that); an edit here invalidates it at once.</summary>
public sealed class CalendarStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (WorkingCalendar Calendar, DateTimeOffset LoadedAt)? cached;

    public async Task<WorkingCalendar> CurrentAsync(CancellationToken ct = default)
    {
        if (Fresh() is { } calendar) return calendar;
        await gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loaded) return loaded;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var overrides = await db.CalendarOverrides.AsNoTracking().ToListAsync(ct);
            var built = new WorkingCalendar(WeekPattern.ContactCentre, overrides.Select(o => o.ToDomain()));
            cached = (built, clock.GetUtcNow());
            return built;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => cached = null;

    private WorkingCalendar? Fresh() =>
        cached is { } entry && clock.GetUtcNow() - entry.LoadedAt < KeepFor ? entry.Calendar : null;
}
