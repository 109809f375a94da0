using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Persistence;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>The next Act number of a year inside the caller's unit of work (opened with <see cref="YearlyCounters.BeginAsync"/>):
/// no two Acts share a number and none is skipped.</summary>
public static class ActNumbering
{
    public static async Task<(int Sequence, string Number)> NextAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var last = await YearlyCounters.NextAsync<ActCounter>(db, year, ct);
        return (last, $"{year}-{last:000}");
    }
}
