using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>A year's gap-free series: the row holding the last number given.</summary>
public interface IYearlyCounter
{
    int Year { get; set; }
    int Last { get; set; }
    Guid Version { get; set; }
}

/// <summary>
/// Moves a year's counter by one inside the caller's unit of work; the one place that knows how each provider keeps
/// concurrent registrations from sharing or skipping a number.
/// <list type="bullet">
/// <item>PostgreSQL: inside the caller's transaction (<see cref="BeginAsync"/>) the year's row is inserted if missing
/// (<c>ON CONFLICT DO NOTHING</c>) and read <c>FOR UPDATE</c>; a concurrent registration waits for the row until this
/// transaction ends, then reads the moved number. Nothing fails and nothing is retried.</item>
/// <item>SQLite and SQL Server: the counter's concurrency token (Version) makes a racing save fail; the caller retries it
/// whole.</item>
/// </list>
/// </summary>
public static class YearlyCounters
{
    /// <summary>The unit of work a numbered save runs in: a transaction on PostgreSQL (the counter row stays locked until the
    /// caller commits it), none elsewhere. Dispose it; commit it after the save when it is not null.</summary>
    public static async Task<IDbContextTransaction?> BeginAsync(DbContext db, CancellationToken ct) =>
        db.Database.IsNpgsql() && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    /// <summary>Moves the year's counter by one (tracked: the caller's save writes it) and returns the new last number.</summary>
    public static async Task<int> NextAsync<TCounter>(DbContext db, int year, CancellationToken ct) where TCounter : class, IYearlyCounter, new()
    {
        var counter = db.Database.IsNpgsql()
            ? await LockedAsync<TCounter>(db, year, ct)
            : await db.Set<TCounter>().FirstOrDefaultAsync(c => c.Year == year, ct);
        if (counter is null) db.Add(counter = new TCounter { Year = year });
        counter.Last++;
        return counter.Last;
    }

    private static async Task<TCounter> LockedAsync<TCounter>(DbContext db, int year, CancellationToken ct) where TCounter : class, IYearlyCounter
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A yearly number is given inside a transaction: open it with YearlyCounters.BeginAsync.");
        var table = db.Model.FindEntityType(typeof(TCounter))!.GetTableName();
#pragma warning disable EF1002 // the table name comes from the model; the values are parameters
        await db.Database.ExecuteSqlRawAsync(
            $$"""INSERT INTO "{{table}}" ("Year", "Last", "Version") VALUES ({0}, 0, {1}) ON CONFLICT ("Year") DO NOTHING""", [year, Guid.NewGuid()], ct);
        var rows = await db.Set<TCounter>().FromSqlRaw($$"""SELECT * FROM "{{table}}" WHERE "Year" = {0} FOR UPDATE""", year).ToListAsync(ct);
#pragma warning restore EF1002
        return rows.Single();
    }
}
