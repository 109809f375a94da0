using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>Refuses a database whose applied migrations this build does not know. Before the first release the
/// migrations were squashed into one <c>Initial</c> per provider; a data folder made by the old history holds development
/// data only, and migrating it on top would fail halfway with an error about existing tables.</summary>
public static class SchemaHistoryGuard
{
    public static async Task RefuseUnknownHistoryAsync(DbContext db, CancellationToken ct = default)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
            throw new UnknownSchemaHistoryException(Describe(db), unknown);
    }

    private static string Describe(DbContext db) =>
        db.Database.IsSqlite()
            ? $"The SQLite database {db.Database.GetDbConnection().DataSource}"
            : $"The database {db.Database.GetDbConnection().Database}";
}

/// <summary>The database was made by migrations this version does not have (the pre-release history, or a newer build).</summary>
public sealed class UnknownSchemaHistoryException(string database, IReadOnlyList<string> unknownMigrations)
    : Exception($"{database} was made by a schema history this version does not know (for example migration {unknownMigrations[0]}; "
        + $"{unknownMigrations.Count} in all). Before the first release the migrations were squashed into one Initial migration, "
        + "so a data folder from an earlier development build cannot be upgraded; it holds development data only. "
        + "To recreate it: stop the console, delete the data folder (by default src/GosZakup.Console.Web/App_Data, or the folder in Storage:DataFolder) "
        + "or drop the database, and start again; the console creates the schema and, in Development, the demo data. "
        + "If this database came from a newer build of the console, run that build instead.")
{
    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}
