using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Persistence.Audit;

/// <summary>The hash chain over the audit log: how a row's hash is computed and how the whole chain is checked.</summary>
public static class AuditChain
{
    /// <summary>The hash the first row chains from.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry e)
    {
        // Length-prefixed fields: no two different rows can serialise to the same text.
        var text = new StringBuilder();
        foreach (var field in Fields(e))
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static IEnumerable<string> Fields(AuditEntry e) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.AtUtc.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
        e.ActorId ?? "", e.ActorName, e.EntityType, e.EntityId, e.Action.ToString(),
        e.Before ?? "\0", e.After ?? "\0", e.PreviousHash,
    ];

    /// <summary>Walks the log in order and reports the first row whose sequence, link or hash is wrong.</summary>
    public static async Task<AuditChainReport> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        var expectedSequence = 1L;
        var previousHash = Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = entry.Sequence != expectedSequence ? AuditChainProblem.MissingRow
                : entry.PreviousHash != previousHash ? AuditChainProblem.BrokenLink
                : entry.Hash != ComputeHash(entry) ? AuditChainProblem.AlteredRow
                : (AuditChainProblem?)null;
            if (problem is not null)
                return new AuditChainReport(expectedSequence - 1, problem, entry.Sequence == expectedSequence ? entry.Sequence : expectedSequence);
            previousHash = entry.Hash;
            expectedSequence++;
        }
        return new AuditChainReport(expectedSequence - 1, null, null);
    }
}

public enum AuditChainProblem
{
    /// <summary>A sequence number is missing: a row was deleted.</summary>
    MissingRow,

    /// <summary>A row does not point at the hash of the one before it.</summary>
    BrokenLink,

    /// <summary>A row's content no longer matches its hash: it was edited.</summary>
    AlteredRow,
}

/// <param name="VerifiedRows">How many rows, from the first, are intact.</param>
/// <param name="Problem">What is wrong, or null when the whole chain is intact.</param>
/// <param name="AtSequence">The sequence number where the chain breaks.</param>
public sealed record AuditChainReport(long VerifiedRows, AuditChainProblem? Problem, long? AtSequence)
{
    public bool IsIntact => Problem is null;
}
