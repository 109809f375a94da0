using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Persistence;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>Gives the next number of a year's series inside the caller's unit of work (opened with
/// <see cref="YearlyCounters.BeginAsync"/>), so two incidents never share a number and no number is skipped.</summary>
public static class IncidentNumbering
{
    public static async Task<IncidentNumber> NextAsync(AppDbContext db, int year, CancellationToken ct = default) =>
        new(year, await YearlyCounters.NextAsync<IncidentCounter>(db, year, ct));
}
