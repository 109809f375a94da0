using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>Gives the next number of a year's series inside the caller's unit of work. The counter row's
/// concurrency token makes a racing registration fail its save (and be retried whole by the caller), so
/// two incidents never share a number and no number is skipped.</summary>
public static class IncidentNumbering
{
    public static async Task<IncidentNumber> NextAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var counter = await db.Set<IncidentCounter>().FirstOrDefaultAsync(c => c.Year == year, ct);
        if (counter is null)
        {
            counter = new IncidentCounter { Year = year };
            db.Set<IncidentCounter>().Add(counter);
        }
        counter.Last++;
        counter.Version = Guid.NewGuid();
        return new IncidentNumber(year, counter.Last);
    }
}
