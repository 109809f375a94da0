using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GosZakup.Console.Infrastructure.Persistence.Audit;

/// <summary>The one audit writer: every SaveChanges of <see cref="AppDbContext"/> goes through it, so
/// every change of data is logged in the same transaction as the change itself.</summary>
public sealed class AuditWriter(TimeProvider clock, ICurrentActor actor)
{
    // Concurrent writers may read the same chain tail; the primary key on Sequence refuses the second one's
    // rows, and that save re-reads the tail and tries again (EF rolls a failed save back to its savepoint, so
    // this is safe inside a caller's transaction too). No in-process lock: one held while another connection
    // holds the database's write lock would deadlock.
    private const int ChainAttempts = 20;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The outbox is itself the record of mail (who, what, when sent, each failure); auditing its claims too would be noise.
    // Extension orders are a working set the job derives from audited facts (the incident, its timeline, the works plan)
    // and recomputes at will; what they do is audited where it happens: every deadline moved is a DeadlineChangeRecord,
    // every approval and override an incident event. A high failure writes 50,000 of them, which the log need not repeat.
    // Sign-in sessions hold serialised tickets (security stamps among them) and change at every sign-in: bookkeeping, not data.
    // Long jobs' leases are bookkeeping (and carry uploaded files); the records they build are audited themselves.
    private static readonly HashSet<Type> NotAudited =
        [typeof(AuditEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<string>), typeof(Mail.OutboxMessage), typeof(Extensions.ExtensionOrderRecord),
         typeof(Identity.SignInSessionRecord), typeof(Jobs.LongJobRecord)];

    /// <summary>Secrets and bookkeeping that say nothing to a reader of the log.</summary>
    private static readonly HashSet<string> HiddenProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "NormalizedName", "AccessFailedCount"];

    public async Task<int> SaveWithAuditAsync(DbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        RefuseEditsOfTheLog(db.ChangeTracker);
        var changes = Capture(db.ChangeTracker);
        if (changes.Count == 0)
            return await save();

        // Take the lock before reading the chain's tail, so concurrent writers queue instead of colliding on
        // the same sequence number and retrying: on SQLite the transaction itself (BEGIN IMMEDIATE), on SQL
        // Server the tail read's UPDLOCK, HOLDLOCK, on PostgreSQL a transaction-scoped advisory lock; each held
        // until the transaction ends.
        await using var writeLock = db.Database.CurrentTransaction is null && (db.Database.IsSqlite() || db.Database.IsSqlServer() || db.Database.IsNpgsql())
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        if (db.Database.IsNpgsql()) await AuditChainLock.TakeAsync(db, ct);
        for (var attempt = 1; ; attempt++)
        {
            var appended = await ChainAsync(db, changes, ct);
            db.Set<AuditEntry>().AddRange(appended);
            try
            {
                var saved = await save();
                if (writeLock is not null) await writeLock.CommitAsync(ct);
                return saved;
            }
            catch (DbUpdateException e) when (attempt < ChainAttempts && IsChainCollision(e))
            {
                Detach(db, appended); // another writer took these sequence numbers: chain onto its rows instead
            }
            catch
            {
                Detach(db, appended); // a failed save must not leave log rows behind for the next one
                throw;
            }
        }
    }

    /// <summary>The database refused a duplicate audit sequence number (SQLite and SQL Server both name the table;
    /// PostgreSQL answers unique_violation, 23505, on the table's primary key).</summary>
    private static bool IsChainCollision(DbUpdateException e) =>
        e.Entries.Any(entry => entry.Entity is AuditEntry)
        && (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation, TableName: "AuditEntries" }
            || (e.InnerException?.Message.Contains("AuditEntries", StringComparison.Ordinal) ?? false));

    private static void Detach(DbContext db, IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries)
            db.Entry(entry).State = EntityState.Detached;
    }

    private async Task<List<AuditEntry>> ChainAsync(DbContext db, List<PendingChange> changes, CancellationToken ct)
    {
        var last = await Tail(db).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditChain.Genesis;
        var who = actor.Current;
        var at = WholeMicroseconds(clock.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>(changes.Count);
        foreach (var change in changes)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence, AtUtc = at, ActorId = who.Id, ActorName = who.Name,
                EntityType = change.EntityType, EntityId = change.EntityId, Action = change.Action,
                Before = change.Before, After = change.After, PreviousHash = previousHash,
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            previousHash = entry.Hash;
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>The instant as every provider stores it (PostgreSQL keeps microseconds, not .NET's 100 ns ticks): the hash is
    /// computed over the value that is read back.</summary>
    private static DateTime WholeMicroseconds(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    /// <summary>The chain's last row; on SQL Server read under an update range lock that keeps other writers
    /// from reading the same tail until this transaction ends.</summary>
    public static IQueryable<AuditEntry> Tail(DbContext db) => db.Database.IsSqlServer()
        ? db.Set<AuditEntry>().FromSqlRaw("SELECT TOP (1) * FROM [AuditEntries] WITH (UPDLOCK, HOLDLOCK) ORDER BY [Sequence] DESC").AsNoTracking()
        : db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Sequence).Take(1);

    private static void RefuseEditsOfTheLog(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
    }

    private static List<PendingChange> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changes = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (NotAudited.Contains(entry.Metadata.ClrType)) continue;
            var change = entry.State switch
            {
                EntityState.Added => Describe(entry, AuditAction.Created, before: null, after: Values(entry, p => p.CurrentValue)),
                EntityState.Deleted => Describe(entry, AuditAction.Deleted, before: Values(entry, p => p.OriginalValue), after: null),
                EntityState.Modified => DescribeUpdate(entry),
                _ => null,
            };
            if (change is not null) changes.Add(change);
        }
        return changes;
    }

    private static PendingChange? DescribeUpdate(EntityEntry entry)
    {
        var modified = EntryColumns.Of(entry).Where(c => c.Value.IsModified && IsShown(c) && !Equals(c.Value.OriginalValue, c.Value.CurrentValue)).ToList();
        if (modified.Count == 0) return null;
        var before = modified.ToDictionary(c => c.Name, c => c.Value.OriginalValue);
        var after = modified.ToDictionary(c => c.Name, c => c.Value.CurrentValue);
        return Describe(entry, AuditAction.Updated, before, after);
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, Func<PropertyEntry, object?> value) =>
        EntryColumns.Of(entry).Where(IsShown).ToDictionary(c => c.Name, c => value(c.Value));

    private static bool IsShown((string Name, PropertyEntry Value) column) =>
        !HiddenProperties.Contains(column.Name) && !column.Value.Metadata.IsConcurrencyToken;

    private static PendingChange Describe(EntityEntry entry, AuditAction action, Dictionary<string, object?>? before, Dictionary<string, object?>? after)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
        return new PendingChange(
            AuditEntityName.Of(entry.Metadata.ClrType), string.Join("/", key), action,
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json));
    }

    private sealed record PendingChange(string EntityType, string EntityId, AuditAction Action, string? Before, string? After);
}
