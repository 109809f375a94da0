using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>The next Act number of a year inside the caller's unit of work: the counter's concurrency token makes a racing
/// draft fail its save (the caller retries), so no two Acts share a number and none is skipped.</summary>
public static class ActNumbering
{
    public static async Task<(int Sequence, string Number)> NextAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var counter = await db.Set<ActCounter>().FirstOrDefaultAsync(c => c.Year == year, ct);
        if (counter is null) db.Add(counter = new ActCounter { Year = year });
        counter.Last++;
        counter.Version = Guid.NewGuid();
        return (counter.Last, $"{year}-{counter.Last:000}");
    }
}
