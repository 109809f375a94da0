using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Persistence.Audit;

/// <summary>On PostgreSQL, the audit chain's writers queue on one transaction-scoped advisory lock, taken before the tail
/// is read and released when the transaction commits or rolls back. Taking it again in the same transaction is harmless.</summary>
internal static class AuditChainLock
{
    /// <summary>An arbitrary constant that names the chain's lock (no other advisory lock of the app uses it).</summary>
    public const long Key = 0x476F_735A_616B_0001; // "GosZak" + 1

    public static Task TakeAsync(DbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", ct);
}
